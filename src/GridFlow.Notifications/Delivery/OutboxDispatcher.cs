using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Runtime.Persistence;

namespace GridFlow.Notifications.Delivery;

/// <summary>
/// Delivers due outbox rows: claims a batch through the runtime's outbox contract (<see cref="OutboxRows"/>, with
/// <c>FOR UPDATE SKIP LOCKED</c>, so any number of nodes can run this side by side), resolves each row's recipients,
/// renders its template per recipient, writes the in-app notifications and pending mails, and marks the row sent —
/// all in the claiming transaction, so a node that dies mid-batch leaves the rows pending for the next one. Each row
/// runs under a savepoint: one bad row is retried with backoff (or failed for good) without undoing the others.
/// </summary>
public sealed partial class OutboxDispatcher(
    NpgsqlDataSource database,
    LiquidRenderer renderer,
    TemplateModels models,
    RecipientFinder recipients,
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
        var rows = await OutboxRows.ClaimAsync(connection, transaction, now, settings.BatchSize, cancellationToken);
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

    private async Task<int> DeliverAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PendingOutboxRow row, TemplateSet templates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var culture = models.Culture;
        var template = templates.Find(row.Template, culture) ?? throw new UndeliverableException($"No template '{row.Template}'.");
        var rule = Recipients(row);
        var issue = row.IssueId is { } issueId ? await NotificationFacts.IssueAsync(connection, transaction, issueId, cancellationToken) : null;
        var task = row.TaskId is { } taskId ? await NotificationFacts.TaskAsync(connection, transaction, taskId, cancellationToken) : null;
        // Only an escalation's notice can name a card; other kinds skip the round trip.
        var raised = row.Template == KnownTemplates.IssueEscalated ? await NotificationFacts.EscalationAsync(connection, transaction, row.Id, cancellationToken) : null;
        var users = await recipients.FindAsync(rule, issue, task, cancellationToken);
        var emailOff = await NotificationWriter.EmailOffAsync(connection, transaction, row.Template, users.Select(r => r.UserId), cancellationToken);
        var model = await models.ForIssueAsync(issue, cancellationToken);
        var escalation = await models.ForEscalationAsync(raised, task, cancellationToken);
        var written = 0;
        foreach (var user in users)
        {
            var message = await RenderAsync(row, template, models.ForNotification(row.Template, model, task, user, culture, escalation));
            var draft = new NotificationDraft(user, row.Id, row.Template, message, row.IssueId, row.TaskId);
            if (await NotificationWriter.WriteAsync(connection, transaction, draft, !emailOff.Contains(user.UserId), now, cancellationToken))
            {
                written++;
            }
        }

        // A rule that finds nobody (a grid without an inspector's account) is recorded, not retried: nobody will appear by waiting.
        await OutboxRows.MarkSentAsync(connection, transaction, row.Id, now, users.Count == 0 ? "no recipients" : null, cancellationToken);
        return written;
    }

    /// <summary>
    /// Renders the designer's template, or the shipped one when the designer's fails (one saved before the step and
    /// length limits existed, say): the notice still goes out, and the warning says which template to fix.
    /// </summary>
    private async Task<RenderedMessage> RenderAsync(PendingOutboxRow row, TemplateText template, IReadOnlyDictionary<string, object?> values)
    {
        try
        {
            return await renderer.RenderAsync(template, values);
        }
        catch (Exception exception) when (exception is not OperationCanceledException
                                          && EmbeddedTemplates.Find(row.Template, models.Culture) is { } shipped && shipped != template)
        {
            LogFellBack(logger, exception, row.Id, row.Template, models.Culture);
            return await renderer.RenderAsync(shipped, values);
        }
    }

    private static OutboxRecipients Recipients(PendingOutboxRow row)
    {
        try
        {
            return OutboxRecipients.Parse(row.Recipients);
        }
        catch (FormatException ex)
        {
            throw new UndeliverableException(ex.Message);
        }
    }

    private async Task RecordFailureAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PendingOutboxRow row, Exception exception, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = row.Attempts + 1;
        var final = exception is UndeliverableException || attempts >= settings.MaxOutboxAttempts;
        var next = now + Backoff.Delay(attempts, settings.RetryBaseSeconds, settings.RetryMaxSeconds);
        await OutboxRows.MarkFailedAsync(connection, transaction, row.Id, attempts, next, final, exception.Message, cancellationToken);
        LogFailed(logger, exception, row.Id, row.Template, attempts, final);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox row {OutboxId} ({Template}) delivered to {Count} users")]
    private static partial void LogDelivered(ILogger logger, Guid outboxId, string template, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId}: the saved template {Template} ({Culture}) failed to render, so the shipped one was used; fix or delete the saved one")]
    private static partial void LogFellBack(ILogger logger, Exception exception, Guid outboxId, string template, string culture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} ({Template}) failed on attempt {Attempts} (final: {Final})")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid outboxId, string template, int attempts, bool final);
}
