namespace GridFlow.Contracts.Assessments;

/// <summary>
/// Records a training, study session or exam held for the inspectors of a county or of the city (<c>regionId</c>);
/// <c>trainer</c> is who taught it, often an enforcement officer (传帮带).
/// </summary>
public sealed record CreateTrainingRequest(
    [property: Required, MaxLength(200)] string? Title,
    [property: Required, MaxLength(16)] string? Kind,
    [property: Required] DateTimeOffset? HeldAt,
    [property: Required, Range(0.1, 100.0)] double? Hours,
    [property: Required] Guid? RegionId,
    [property: MaxLength(100)] string? Trainer);
