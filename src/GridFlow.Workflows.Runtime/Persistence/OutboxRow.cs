namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// A notification to write to the outbox, in the transaction of what caused it; <see cref="TaskId"/> is set whenever
/// there is a task. <see cref="Id"/> is given only for an escalation's notice: it is the id of the timer that raised
/// the escalation (the escalation's unique <c>timer_id</c>), so delivery reads which card the notice is about with
/// <see cref="Contracts.NotificationFacts.EscalationAsync"/> without a column of its own, and a rung can never queue
/// two notices. Otherwise a fresh id is made when the row is written.
/// </summary>
public sealed record OutboxRow(Guid IssueId, Guid InstanceId, Guid? TaskId, string ActivityId, string Template, OutboxRecipients Recipients, Guid? Id = null);
