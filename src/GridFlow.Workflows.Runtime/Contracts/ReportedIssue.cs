namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>An issue as a fact of its reporter's work: who reported it, where, and when it was found.</summary>
public sealed record ReportedIssue(Guid IssueId, Guid InspectorId, Guid GridId, DateTimeOffset DiscoveredAt);
