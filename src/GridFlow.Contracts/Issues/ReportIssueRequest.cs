namespace GridFlow.Contracts.Issues;

/// <summary>
/// <c>POST /api/issues</c>: a problem found at a place. The place decides the grid and everything after. A checker
/// reporting what a cross-check found names it in <c>crossCheckId</c> (the source is then <c>cross-check</c>).
/// </summary>
public sealed record ReportIssueRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? Category,
    [property: Required, StringLength(4000, MinimumLength = 1)] string? Description,
    [property: Required, Range(-90.0, 90.0)] double? Lat,
    [property: Required, Range(-180.0, 180.0)] double? Lon,
    DateTimeOffset? DiscoveredAt,
    [property: AllowedValues(null, "patrol", "public", "supervisor", "cross-check")] string? Source,
    [property: StringLength(512)] string? Address,
    Guid? CrossCheckId = null);
