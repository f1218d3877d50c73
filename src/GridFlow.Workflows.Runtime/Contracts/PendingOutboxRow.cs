namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>An outbox row claimed for delivery (see <see cref="Persistence.OutboxRows"/>).</summary>
public sealed record PendingOutboxRow(Guid Id, Guid? IssueId, Guid? TaskId, string Template, string Recipients, int Attempts);
