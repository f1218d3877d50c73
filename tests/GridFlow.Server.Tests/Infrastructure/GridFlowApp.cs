using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>The real GridFlow host, in memory, against a real PostgreSQL database.</summary>
public sealed class GridFlowApp(string connectionString, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, HttpClient> clients = [];

    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:GridFlow", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Seed:Demo", "false");
        // Tests sign in many times from one address; the rate-limit test sets its own limit.
        builder.UseSetting("Accounts:LoginPermitLimit", "100000");
        builder.UseSetting("Serilog:WriteTo:File:Args:path", Path.Combine(Path.GetTempPath(), "gridflow-tests", "gridflow-.clef"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // TestServer has no request-body-size feature, so every request with a body limit warns; on a real Kestrel the
        // limit applies. Thousands of these lines pushed the failing test's name out of CI's excerpt.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Returns once this host's sweeper has completed a sweep that began now or later (see <see cref="Sweeps"/>).</summary>
    public Task SweptAsync() => Sweeps.CompletedAsync(Services, TimeProvider.System.GetUtcNow());

    /// <summary>A client signed in as the given demo account (password GridFlow!2026), cached per user.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (clients.TryGetValue(userName, out var cached))
        {
            return cached;
        }

        var client = CreateClient();
        var token = await LoginAsync(client, userName, "GridFlow!2026");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        clients[userName] = client;
        return client;
    }

    public static async Task<TokenResponse> LoginAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }
}
