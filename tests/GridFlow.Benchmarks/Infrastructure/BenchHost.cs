using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>
/// The real GridFlow host on real Kestrel (a free loopback port), so the HTTP figures include the
/// socket, HTTP parsing and authentication, not just the in-memory TestServer pipeline.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<global::Program>
{
    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="connectionString">The benchmark's own database.</param>
    /// <param name="settings">Configuration a benchmark needs on top of the defaults below (e.g. <c>Seed:Demo</c>); these win.</param>
    public BenchHost(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts the host (Kestrel, migrations) and quiets the request log; see <see cref="QuietBootstrapLogger"/>.</summary>
    public void Start()
    {
        StartServer();
        QuietBootstrapLogger();
    }

    /// <summary>Base address Kestrel actually bound to (the port is chosen by the OS).</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(ServerContentRoot());
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:GridFlow", connectionString);
        // Starting the host applies the schema: the benchmark exercises the same migrations as production.
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Accounts:LoginPermitLimit", "100000");
        // Only warnings from the app's own loggers (the request log needs more: see QuietBootstrapLogger).
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Keep the rolling log out of the repository (the default path is relative to the working directory).
        builder.UseSetting("Serilog:WriteTo:File:Args:path", Path.Combine(Path.GetTempPath(), "gridflow-bench", "gridflow-.clef"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// The server logs each request through Serilog's static logger: UseSerilogRequestLogging falls back
    /// to <see cref="Log.Logger"/> when no logger is given, and AddSerilog(preserveStaticLogger: true)
    /// leaves that as the Information-level bootstrap console logger from Program.cs, so the
    /// Serilog:MinimumLevel setting above does not reach it. A console line per request would dominate
    /// the HTTP figures, so once the host is up (Program.cs has set its bootstrap logger) the
    /// benchmark swaps in the same console logger at Warning, which is what the setting asks for.
    /// </summary>
    private static void QuietBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Console().CreateLogger();

    /// <summary>
    /// The server project folder (for appsettings.json), from the manifest the Mvc.Testing build step
    /// writes next to this program. The factory itself looks for that manifest in the current directory,
    /// which under <c>dotnet run</c> is the repository root, and then guesses wrongly (<c>./GridFlow.Server</c>).
    /// </summary>
    private static string ServerContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        var key = typeof(global::Program).Assembly.FullName!;
        return roots.TryGetValue(key, out var root)
            ? root
            : throw new InvalidOperationException($"{manifest} has no content root for {key}; rebuild the benchmark project.");
    }
}
