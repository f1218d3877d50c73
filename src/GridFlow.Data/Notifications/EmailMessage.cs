namespace GridFlow.Data.Notifications;

/// <summary>
/// One email to one address, rendered once and then sent until the server accepts it (retried with backoff) or
/// refuses it for good. Its id is the Message-ID, so a resend after a lost reply is recognisably the same mail.
/// </summary>
public class EmailMessage
{
    public Guid Id { get; set; }

    public Guid? NotificationId { get; set; }

    public string? UserId { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>pending, sending, sent, refused.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
