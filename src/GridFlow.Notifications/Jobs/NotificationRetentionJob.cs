using GridFlow.Workflows.Runtime.Persistence;

namespace GridFlow.Notifications.Jobs;

/// <summary>
/// Deletes delivered outbox rows (through the outbox's owner, <see cref="OutboxRows"/>) and sent or refused mails older than <c>Notifications:RetentionDays</c> (recurring
/// job <c>notification-cleanup</c>). Pending and failed rows stay for someone to look at; in-app notifications
/// stay (they are the users' history). Idempotent, so Hangfire may retry it.
/// </summary>
public sealed partial class NotificationRetentionJob(NpgsqlDataSource database, GridFlowDbContext db, TimeProvider clock, IOptions<NotificationsOptions> options, ILogger<NotificationRetentionJob> logger) : IRecurringJob
{
    public const string Name = "notification-cleanup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var mails = await db.EmailMessages
            .Where(e => (e.Status == EmailStatuses.Sent || e.Status == EmailStatuses.Refused) && e.CreatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var outbox = await OutboxRows.DeleteSentAsync(connection, cutoff, cancellationToken);
        LogCleaned(logger, outbox, mails, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification clean-up: {Outbox} outbox rows and {Mails} mails older than {Cutoff} deleted")]
    private static partial void LogCleaned(ILogger logger, int outbox, int mails, DateTimeOffset cutoff);
}
