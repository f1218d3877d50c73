namespace GridFlow.Data.Notifications;

/// <summary>An in-app notification for one user. (OutboxId, UserId) is unique: delivering an outbox row twice adds nothing.</summary>
public class Notification
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public Guid? OutboxId { get; set; }

    /// <summary>The template name, e.g. task-assigned, issue-escalated.</summary>
    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public Guid? IssueId { get; set; }

    public Guid? TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
