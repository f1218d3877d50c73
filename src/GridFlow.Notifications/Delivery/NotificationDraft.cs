namespace GridFlow.Notifications.Delivery;

/// <summary>A rendered notification for one recipient, ready to be written.</summary>
public sealed record NotificationDraft(UserContact Recipient, Guid OutboxId, string Kind, RenderedMessage Message, Guid? IssueId, Guid? TaskId);
