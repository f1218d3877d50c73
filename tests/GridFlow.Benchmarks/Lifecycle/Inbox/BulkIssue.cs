namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>One bulk-loaded running issue: its ids, place, timing, and the task it waits at and for whom.</summary>
public sealed record BulkIssue(
    int Number, Guid IssueId, Guid InstanceId, Guid TaskId, GridRow Grid, TownshipRow Township, bool ForOfficers,
    DateTime ReportedAt, DateTime DueAt, WaitingAt Waiting);
