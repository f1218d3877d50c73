namespace GridFlow.Contracts.Notifications;

/// <summary>One outgoing mail and where it stands: pending, sending, sent or refused (with the server's answer).</summary>
public sealed record EmailView(
    string Id,
    string To,
    string Subject,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError,
    string? UserId,
    string? NotificationId);
