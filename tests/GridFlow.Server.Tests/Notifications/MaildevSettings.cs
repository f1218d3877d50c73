namespace GridFlow.Server.Tests.Notifications;

/// <summary>Where the test run's maildev listens (set by <c>./gridflow test</c>).</summary>
public static class MaildevSettings
{
    /// <summary><c>127.0.0.1:port</c> of its SMTP side.</summary>
    public static string? Smtp { get; } = Environment.GetEnvironmentVariable("GRIDFLOW_TEST_MAILDEV_SMTP");

    /// <summary>Base address of its web UI and REST API (<c>GET /api/email</c>).</summary>
    public static string? Api { get; } = Environment.GetEnvironmentVariable("GRIDFLOW_TEST_MAILDEV_API");
}
