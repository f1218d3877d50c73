namespace GridFlow.Server.Tests.Notifications;

/// <summary>The demo host configured for an SMTP port where nothing listens yet: the test starts the server later.</summary>
public sealed class SmtpDownAppFixture : DemoAppFixture
{
    public int SmtpPort { get; } = FreePort.Next();

    protected override Dictionary<string, string?> Settings => SmtpSettings.For("127.0.0.1", SmtpPort);
}
