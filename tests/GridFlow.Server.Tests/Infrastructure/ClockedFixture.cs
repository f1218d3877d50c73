namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>A <see cref="ClockedHost"/> on its own copy of the demo database, shared by the tests of one class.</summary>
public sealed class ClockedFixture : IAsyncLifetime
{
    private ClockedHost? host;

    public ClockedHost Host => host ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync() => host = ClockedHost.StartNew(await TestDatabases.CreateDemoAsync());

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
