namespace GridFlow.Server.Tests.Notifications;

/// <summary>Host settings that send GridFlow's mail to a test SMTP server and make delivery quick.</summary>
public static class SmtpSettings
{
    public static Dictionary<string, string?> For(string host, int port) => new()
    {
        ["Smtp:Host"] = host,
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:TimeoutSeconds"] = "5",
        ["Notifications:PollMilliseconds"] = "100",
        ["Notifications:RetryBaseSeconds"] = "0.2",
        ["Notifications:RetryMaxSeconds"] = "1",
    };
}
