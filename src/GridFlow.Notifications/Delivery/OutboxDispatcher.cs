using GridFlow.Notifications.Data;
using GridFlow.Notifications.Options;
using GridFlow.Notifications.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GridFlow.Notifications.Delivery;

/// <summary>
/// Delivers due outbox rows: claims a batch with <c>FOR UPDATE SKIP LOCKED</c> (so any number of nodes can run this
/// side by side), resolves each row's recipients, renders its template per recipient, writes the in-app
/// notifications and pending mails, and marks the row sent — all in the claiming transaction, so a node that dies
/// mid-batch leaves the rows pending for the next one. Each row runs under a savepoint: one bad row is retried
/// with backoff (or failed for good) without undoing the others.
/// </summary>
public sealed partial class OutboxDispatcher(
    NpgsqlDataSource database,
    LiquidRenderer renderer,
    ModelBuilder models,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Delivers one batch; returns how many rows it claimed (0 when nothing was due).</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await ClaimAsync(connection, transaction, now, settings.BatchSize, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var templates = await TemplateStore.LoadAsync(connection, transaction, cancellationToken);
        foreach (var row in rows)
        {
            await transaction.SaveAsync("outbox_row", cancellationToken);
            try
            {
                var written = await DeliverAsync(connection, transaction, row, templates, now, cancellationToken);
                await transaction.ReleaseAsync("outbox_row", cancellationToken);
                LogDelivered(logger, row.Id, row.Template, written);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await transaction.RollbackAsync("outbox_row", cancellationToken);
                await RecordFailureAsync(connection, transaction, row, exception, now, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private async Task<int> DeliverAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, TemplateSet templates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var template = templates.Find(row.Template, models.Culture) ?? throw new UndeliverableException($"No template '{row.Template}'.");
        var rule = RecipientRule.Parse(row.Recipients);
        var issue = row.IssueId is { } issueId ? await FactsLoader.IssueAsync(connection, transaction, issueId, cancellationToken) : null;
        var task = await FactsLoader.TaskAsync(connection, transaction, row.TaskId, row.IssueId, cancellationToken);
        var recipients = await RecipientResolver.ResolveAsync(connection, transaction, rule, issue, task, cancellationToken);
        var emailOff = await NotificationWriter.EmailOffAsync(connection, transaction, row.Template, recipients.Select(r => r.UserId), cancellationToken);
        var written = 0;
        foreach (var recipient in recipients)
        {
            var message = await renderer.RenderAsync(template, models.ForNotification(row.Template, issue, task, recipient));
            var draft = new NotificationDraft(recipient, row.Id, row.Template, message, row.IssueId, task?.Id ?? row.TaskId);
            if (await NotificationWriter.WriteAsync(connection, transaction, draft, !emailOff.Contains(recipient.UserId), now, cancellationToken))
            {
                written++;
            }
        }

        // A rule that finds nobody (a grid without an inspector's account) is recorded, not retried: nobody will appear by waiting.
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, """
            UPDATE outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1
            """, row.Id, now, recipients.Count == 0 ? "no recipients" : null);
        return written;
    }

    private async Task RecordFailureAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, Exception exception, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = row.Attempts + 1;
        var final = exception is UndeliverableException || attempts >= settings.MaxOutboxAttempts;
        var next = now + Backoff.Delay(attempts, settings.RetryBaseSeconds, settings.RetryMaxSeconds);
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, """
            UPDATE outbox SET status = $2, attempts = $3, next_attempt_at = $4, last_error = $5 WHERE id = $1
            """, row.Id, final ? "failed" : "pending", attempts, next, Sql.Fit(exception.Message, 2000));
        LogFailed(logger, exception, row.Id, row.Template, attempts, final);
    }

    private static async Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT id, issue_id, task_id, template, recipients::text, attempts FROM outbox
            WHERE status = 'pending' AND next_attempt_at <= $1
            ORDER BY next_attempt_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
            """, now, batchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox row {OutboxId} ({Template}) delivered to {Count} users")]
    private static partial void LogDelivered(ILogger logger, Guid outboxId, string template, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} ({Template}) failed on attempt {Attempts} (final: {Final})")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid outboxId, string template, int attempts, bool final);
}
