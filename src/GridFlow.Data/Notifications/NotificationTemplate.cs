namespace GridFlow.Data.Notifications;

/// <summary>A Liquid template (subject and body) for one notification kind and language, editable by designers.</summary>
public class NotificationTemplate
{
    public required string Name { get; set; }

    /// <summary>zh-CN or en.</summary>
    public required string Culture { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
