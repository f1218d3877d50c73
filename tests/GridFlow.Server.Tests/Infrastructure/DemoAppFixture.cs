namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>A GridFlow host on its own copy of the demo database, shared by the tests of one class.</summary>
public class DemoAppFixture : IAsyncLifetime
{
    private GridFlowApp? app;

    public GridFlowApp App => app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Extra settings for the host, for fixtures that need them.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    public virtual async Task InitializeAsync()
    {
        app = new GridFlowApp(await TestDatabases.CreateDemoAsync(), Settings);
        app.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
