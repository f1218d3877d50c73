namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// Which escalation a notice is about: its id, card (yellow, red, interview), level and when it was raised. Read by the
/// id of the timer that raised it, which is also its notice's outbox id (see <see cref="Persistence.OutboxRow"/>).
/// </summary>
public sealed record EscalationNotice(Guid Id, Guid TimerId, string Card, int Level, DateTimeOffset RaisedAt);
