using System.ComponentModel.DataAnnotations;

namespace GridFlow.Notifications.Options;

/// <summary>Notification delivery settings (section <c>Notifications</c>).</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Where GridFlow is reached from a mail; links are <c>{BaseUrl}/issues/{id}</c>.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The language notifications are rendered in (zh-CN or en); users have no language of their own yet.</summary>
    [Required]
    [RegularExpression("^(zh-CN|en)$", ErrorMessage = "Notifications:DefaultCulture is zh-CN or en.")]
    public string DefaultCulture { get; set; } = "zh-CN";

    /// <summary>The time zone deadlines are shown in (an IANA id).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Pause of the delivery loops when they found nothing to do.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>Most outbox rows (or mails) one pass claims.</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a node may hold a mail it is sending before another node may take it (the node died).</summary>
    [Range(5, 3_600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>The first retry delay after a failure; each further failure doubles it.</summary>
    [Range(0.01, 3_600)]
    public double RetryBaseSeconds { get; set; } = 5;

    /// <summary>The longest retry delay.</summary>
    [Range(0.01, 86_400)]
    public double RetryMaxSeconds { get; set; } = 600;

    /// <summary>An outbox row that failed this often (e.g. a template that cannot render) is marked failed.</summary>
    [Range(1, 1_000)]
    public int MaxOutboxAttempts { get; set; } = 20;

    /// <summary>Sent outbox rows and sent or refused mails older than this are deleted.</summary>
    [Range(1, 36_500)]
    public int RetentionDays { get; set; } = 30;
}
