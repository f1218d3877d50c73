namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A manual assessment fact for one inspector (a commendation bonus, a disciplinary deduction), with the reason: it counts
/// in every run whose period contains <c>at</c>, on the scheme's <c>adjustment</c> line.
/// </summary>
public sealed record CreateAdjustmentRequest(
    [property: Required] Guid? InspectorId,
    [property: Required] DateTimeOffset? At,
    [property: Required, Range(-100.0, 100.0)] decimal? Points,
    [property: Required, MinLength(2), MaxLength(1000)] string? Reason);
