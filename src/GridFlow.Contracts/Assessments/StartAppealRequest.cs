namespace GridFlow.Contracts.Assessments;

/// <summary>
/// <c>POST /api/assessment-runs/{id}/results/{inspectorId}/appeals</c>: the inspector appeals the line <c>itemId</c> of
/// their scorecard, saying why.
/// </summary>
public sealed record StartAppealRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? ItemId,
    [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason);
