namespace GridFlow.Contracts.Notifications;

/// <summary>
/// An in-app notification: <c>{ id, kind, subject, createdAt, readAt, issueId }</c>, plus its body and task, the
/// issue's page in the console (<see cref="Link"/>, <c>/issues/{issueId}</c>, relative to the console) and, for an
/// escalation's notice, which escalation it is (<see cref="Escalation"/>: its id, card and level).
/// </summary>
public sealed record NotificationView(
    string Id,
    string Kind,
    string Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    string? IssueId,
    string? TaskId,
    string Body,
    string? Link = null,
    NotificationEscalationView? Escalation = null);
