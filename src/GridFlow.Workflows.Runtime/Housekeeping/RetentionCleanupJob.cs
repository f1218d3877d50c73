using GridFlow.Scheduling.Jobs;

namespace GridFlow.Workflows.Runtime.Housekeeping;

/// <summary>
/// Deletes what has served its purpose and is older than <c>Timers:Retention:Days</c>: fired and cancelled
/// timers and the journals of finished workflows. Pending work is never touched. The outbox is the Notifications
/// module's to clean (job <c>notification-cleanup</c>), so it has one retention rule, not two. Idempotent, so
/// Hangfire may retry it.
/// </summary>
public sealed partial class RetentionCleanupJob(NpgsqlDataSource database, TimeProvider clock, IOptions<TimerOptions> options, ILogger<RetentionCleanupJob> logger) : IRecurringJob
{
    public const string Name = "cleanup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.Retention.Days);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var timers = await TimerRows.DeleteFinishedAsync(connection, cutoff, cancellationToken);
        var journal = await JournalRows.DeleteOfFinishedAsync(connection, cutoff, cancellationToken);
        LogCleaned(logger, timers, journal, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention clean-up: {Timers} timers and {Journal} journal rows older than {Cutoff} deleted")]
    private static partial void LogCleaned(ILogger logger, int timers, int journal, DateTimeOffset cutoff);
}
