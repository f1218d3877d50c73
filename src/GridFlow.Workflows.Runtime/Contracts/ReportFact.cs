namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>An issue an inspector reported, as an assessment counts it (valid reports, late reports).</summary>
public sealed record ReportFact(
    Guid IssueId, string Code, string Category, string Source, Guid InspectorId, DateTimeOffset DiscoveredAt, DateTimeOffset ReportedAt, bool Rejected);
