using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// A GridFlow host whose clock the test moves: the real <see cref="GridFlowApp"/> with its TimeProvider replaced
/// by a <see cref="FakeTimeProvider"/>, so the sweeper's "now", deadlines and tokens all follow the fake clock.
/// Tokens expire as the clock moves, so clients are signed in again after every jump.
/// </summary>
public sealed class ClockedHost : IAsyncDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in China: a working day, so working-day deadlines are easy to read.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly GridFlowApp root;
    private readonly WebApplicationFactory<Program> factory;
    private readonly ConcurrentDictionary<string, HttpClient> clients = new();

    private ClockedHost(string connectionString, FakeTimeProvider clock, Dictionary<string, string?>? settings)
    {
        ConnectionString = connectionString;
        Clock = clock;
        root = new GridFlowApp(connectionString, settings);
        factory = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public FakeTimeProvider Clock { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => factory.Services;

    public static ClockedHost StartNew(string connectionString, Dictionary<string, string?>? settings = null)
    {
        var host = new ClockedHost(connectionString, new FakeTimeProvider(Start), settings);
        _ = host.factory.Server;
        return host;
    }

    public HttpClient Anonymous() => factory.CreateClient();

    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (clients.TryGetValue(userName, out var cached))
        {
            return cached;
        }

        var client = factory.CreateClient();
        var token = await GridFlowApp.LoginAsync(client, userName, "GridFlow!2026");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        clients[userName] = client;
        return client;
    }

    /// <summary>Moves the clock to <paramref name="at"/> (never backwards) and forgets the signed-in clients.</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        clients.Clear();
    }

    /// <summary>Returns once this host's sweeper has completed a sweep at the clock's present (see <see cref="Sweeps"/>).</summary>
    public Task SweptAsync() => Sweeps.CompletedAsync(Services, Clock.GetUtcNow());

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await root.DisposeAsync();
    }
}
