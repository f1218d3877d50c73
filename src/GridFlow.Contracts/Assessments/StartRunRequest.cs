namespace GridFlow.Contracts.Assessments;

/// <summary>
/// Starts an assessment run of a published scheme for a period of inclusive China-time dates, for the scheme's
/// inspectors or those of one region within its scope. <c>kind</c> <c>facts</c> (the default) scores the period's
/// facts; <c>aggregate</c> averages the monthly results the period covers (as the quarterly and annual runs do).
/// </summary>
public sealed record StartRunRequest(
    [property: Required, MaxLength(64)] string? SchemeId,
    [property: Required] DateOnly? From,
    [property: Required] DateOnly? To,
    Guid? RegionId,
    [property: MaxLength(16)] string? Kind);
