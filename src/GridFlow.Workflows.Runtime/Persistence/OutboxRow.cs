namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>A notification to write to the outbox, in the transaction of what caused it; <see cref="TaskId"/> is set whenever there is a task.</summary>
public sealed record OutboxRow(Guid IssueId, Guid InstanceId, Guid? TaskId, string ActivityId, string Template, OutboxRecipients Recipients);
