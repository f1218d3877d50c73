namespace GridFlow.Contracts.Issues;

/// <summary>The filters of <c>GET /api/issues</c>.</summary>
public sealed record IssueFilter(
    string? Status,
    Guid? RegionId,
    Guid? GridId,
    bool? Overdue,
    string? Category = null,
    string? Source = null,
    DateTimeOffset? DiscoveredFrom = null,
    DateTimeOffset? DiscoveredBefore = null);
