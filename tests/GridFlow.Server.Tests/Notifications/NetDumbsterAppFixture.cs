using netDumbster.smtp;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>The demo host sending its mail to an in-process netDumbster SMTP server.</summary>
public sealed class NetDumbsterAppFixture : DemoAppFixture, IAsyncLifetime
{
    private int port;
    private SimpleSmtpServer? smtp;

    public SimpleSmtpServer Smtp => smtp ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Every mail received so far.</summary>
    public IReadOnlyList<ReceivedMail> Mails => Smtp.ReceivedEmail.Select(m => ReceivedMail.Parse(m.Data)).ToList();

    protected override Dictionary<string, string?> Settings => SmtpSettings.For("127.0.0.1", port);

    public override async Task InitializeAsync()
    {
        port = FreePort.Next();
        smtp = SimpleSmtpServer.Start(port);
        await base.InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        smtp?.Dispose();
    }
}
