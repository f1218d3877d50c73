namespace GridFlow.Server.Tests.Notifications;

/// <summary>The demo host sending its mail to the test run's maildev (only started when one runs).</summary>
public sealed class MaildevAppFixture : DemoAppFixture
{
    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var (host, port) = MaildevSettings.Smtp?.Split(':') is [var h, var p] ? (h, int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)) : ("127.0.0.1", 1);
            return SmtpSettings.For(host, port);
        }
    }

    public override Task InitializeAsync() => MaildevSettings.Api is null ? Task.CompletedTask : base.InitializeAsync();
}
