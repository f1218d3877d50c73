namespace GridFlow.Contracts.Issues;

public sealed record IssueSummary(
    string Id,
    string Code,
    string Category,
    string Status,
    string GridId,
    string RegionId,
    bool Overdue,
    int EscalationLevel,
    DateTimeOffset ReportedAt,
    string Description,
    string Kind = CaseKinds.Issue,
    string? Source = null,
    DateTimeOffset? DiscoveredAt = null,
    string? Address = null);
