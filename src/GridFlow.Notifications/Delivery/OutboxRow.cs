namespace GridFlow.Notifications.Delivery;

/// <summary>A claimed outbox row.</summary>
public sealed record OutboxRow(Guid Id, Guid? IssueId, Guid? TaskId, string Template, string Recipients, int Attempts);
