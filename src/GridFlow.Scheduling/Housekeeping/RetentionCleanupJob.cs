using GridFlow.Scheduling.Jobs;
using GridFlow.Scheduling.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GridFlow.Scheduling.Housekeeping;

/// <summary>
/// Deletes what has served its purpose and is older than <c>Scheduling:Retention:Days</c>: fired and cancelled
/// timers and the journals of finished workflows. Pending work is never touched. The outbox is the Notifications
/// module's to clean (job <c>notification-cleanup</c>), so it has one retention rule, not two. Idempotent, so
/// Hangfire may retry it.
/// </summary>
public sealed partial class RetentionCleanupJob(NpgsqlDataSource database, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<RetentionCleanupJob> logger) : IRecurringJob
{
    public const string Name = "cleanup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.Retention.Days);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var timers = await DeleteAsync(connection, "DELETE FROM workflow_timers WHERE status <> 'pending' AND created_at < $1", cutoff, cancellationToken);
        var journal = await DeleteAsync(connection, """
            DELETE FROM workflow_journal j USING workflow_instances i
            WHERE j.issue_id = i.issue_id AND i.status = 'completed' AND i.updated_at < $1 AND j.at < $1
            """, cutoff, cancellationToken);
        LogCleaned(logger, timers, journal, cutoff);
    }

    private static async Task<int> DeleteAsync(NpgsqlConnection connection, string sql, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention clean-up: {Timers} timers and {Journal} journal rows older than {Cutoff} deleted")]
    private static partial void LogCleaned(ILogger logger, int timers, int journal, DateTimeOffset cutoff);
}
