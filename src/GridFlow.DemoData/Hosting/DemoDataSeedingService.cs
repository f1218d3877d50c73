using GridFlow.DemoData.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridFlow.DemoData.Hosting;

/// <summary>
/// Seeds the demo data at startup when <c>Seed:Demo</c> is true. It must be registered after the
/// migrator: hosted services start one after another, so the schema is current by then. A failure
/// stops the host, because a half-usable demo is worse than a clear error.
/// </summary>
public sealed partial class DemoDataSeedingService(IServiceScopeFactory scopes, IOptions<SeedOptions> options, ILogger<DemoDataSeedingService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            LogSkipped(logger);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Debug, "Seed:Demo is off; no demo data seeded")]
    private static partial void LogSkipped(ILogger logger);
}
