using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridFlow.Data;

/// <summary>
/// Applies pending migrations before the server accepts requests. Hosted services start in
/// registration order, so anything registered after this one (seeding, jobs) sees the current schema.
/// </summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        // MigrateAsync takes the migrations lock, so several nodes starting together apply each migration once.
        var started = Stopwatch.GetTimestamp();
        // On an empty database EF first reads a history table that is not there yet and logs that as an error;
        // creating the (empty) table first keeps a fresh start free of alarming log lines.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, db.Database.GetMigrations().Count(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Database schema is current ({MigrationCount} migrations) after {ElapsedMs:0} ms")]
    private static partial void LogMigrated(ILogger logger, int migrationCount, double elapsedMs);
}
