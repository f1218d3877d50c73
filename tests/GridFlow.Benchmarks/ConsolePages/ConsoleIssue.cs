using GridFlow.Benchmarks.Lifecycle.Inbox;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// One bulk-loaded issue of the console benchmark: its place, category, public status and the one task it has (open
/// for an issue still in hand, done for a finished one, completed at <see cref="CompletedAt"/>, late if after <see cref="DueAt"/>).
/// </summary>
public sealed record ConsoleIssue(
    int Number, Guid IssueId, Guid InstanceId, Guid TaskId, GridRow Grid, TownshipRow Township, string Category, string Status,
    DateTime ReportedAt, DateTime DueAt, DateTime? CompletedAt);
