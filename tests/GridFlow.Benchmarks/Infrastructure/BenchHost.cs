using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>
/// The real GridFlow host on real Kestrel (a free loopback port), so the HTTP figures include the
/// socket, HTTP parsing and authentication, not just the in-memory TestServer pipeline.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<global::Program>
{
    private readonly string connectionString;

    public BenchHost(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Base address Kestrel actually bound to (the port is chosen by the OS).</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:GridFlow", connectionString);
        // Starting the host applies the schema: the benchmark exercises the same migrations as production.
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Accounts:LoginPermitLimit", "100000");
        // Request logging at Information would print a line per request and dominate the HTTP figures.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Keep the rolling log out of the source tree (the default path is relative to the server project).
        builder.UseSetting("Serilog:WriteTo:File:Args:path", Path.Combine(Path.GetTempPath(), "gridflow-bench", "gridflow-.clef"));
    }
}
