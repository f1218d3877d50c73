namespace GridFlow.Contracts.Notifications;

/// <summary>An in-app notification: <c>{ id, kind, subject, createdAt, readAt, issueId }</c>, plus its body and task.</summary>
public sealed record NotificationView(
    string Id,
    string Kind,
    string Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    string? IssueId,
    string? TaskId,
    string Body);
