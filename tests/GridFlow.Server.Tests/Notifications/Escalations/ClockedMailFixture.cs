using netDumbster.smtp;

namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>
/// A <see cref="ClockedHost"/> (the test moves its clock, so escalation rungs fire when asked) that sends its mail to an
/// in-process netDumbster SMTP server and renders notifications in <paramref name="culture"/>.
/// </summary>
public abstract class ClockedMailFixture(string culture) : IAsyncLifetime
{
    private ClockedHost? host;
    private SimpleSmtpServer? smtp;

    public ClockedHost Host => host ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Every mail received so far.</summary>
    public IReadOnlyList<ReceivedMail> Mails => (smtp ?? throw new InvalidOperationException("The fixture is not initialised.")).ReceivedEmail.Select(m => ReceivedMail.Parse(m.Data)).ToList();

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        smtp = SimpleSmtpServer.Start(port);
        var settings = SmtpSettings.For("127.0.0.1", port);
        settings["Notifications:DefaultCulture"] = culture;
        host = ClockedHost.StartNew(await TestDatabases.CreateDemoAsync(), settings);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        smtp?.Dispose();
    }
}
