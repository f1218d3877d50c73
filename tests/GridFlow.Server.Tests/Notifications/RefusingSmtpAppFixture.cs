namespace GridFlow.Server.Tests.Notifications;

/// <summary>The demo host sending to a server that refuses the township officer's address for good.</summary>
public sealed class RefusingSmtpAppFixture : DemoAppFixture, IAsyncLifetime
{
    public const string RefusedAddress = "township-officer@demo.gridflow.local";

    public RefusingSmtpServer Smtp { get; } = new(address => address == RefusedAddress);

    protected override Dictionary<string, string?> Settings => SmtpSettings.For("127.0.0.1", Smtp.Port);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Smtp.Dispose();
    }
}
