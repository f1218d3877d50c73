using GridFlow.Accounts.Directory;
using GridFlow.Notifications.Delivery;
using GridFlow.Notifications.Rendering;

namespace GridFlow.Notifications.Results;

/// <summary>
/// Tells each assessed inspector with an account their monthly result: an in-app notification and, unless they turned
/// it off for the kind, a mail (template <c>assessment-result</c>), linking to their scorecard.
/// <para>
/// Why not the runtime's outbox: outbox rows are workflow events of one issue (an instance, an activity, a recipient
/// rule), dispatched one by one; a run's results are neither, and 20,000 of them through the dispatcher would queue
/// behind every issue's notifications. Like the daily digest, this writes the <c>notifications</c> and
/// <c>email_messages</c> rows itself, in one transaction and a few set-based statements
/// (<see cref="NotificationBatchWriter"/>), and the mail loop sends them as it sends every other mail. The run's id takes
/// the outbox id's place, so telling a run's inspectors twice adds nothing.
/// </para>
/// </summary>
public sealed partial class ResultNotifier(
    NpgsqlDataSource database, UserDirectory users, LiquidRenderer renderer, TemplateModels models, TimeProvider clock, ILogger<ResultNotifier> logger)
{
    public const string Kind = TemplateNames.AssessmentResult;

    /// <summary>Notifies the inspectors among <paramref name="results"/> who have an account; returns how many were notified now.</summary>
    public async Task<int> NotifyAsync(ResultNotice run, IReadOnlyList<InspectorResultNotice> results, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var accounts = await users.ByInspectorsAsync(results.Select(r => r.InspectorId).ToList(), cancellationToken);
        if (accounts.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var template = (await TemplateStore.LoadAsync(connection, transaction, cancellationToken)).Find(Kind, models.Culture)!;
        var emailOff = await NotificationWriter.EmailOffAsync(connection, transaction, Kind, accounts.Select(a => a.User.UserId), cancellationToken);
        var byInspector = results.ToDictionary(r => r.InspectorId);
        var drafts = new List<NotificationDraft>(accounts.Count);
        foreach (var (inspectorId, user) in accounts)
        {
            var result = byInspector[inspectorId];
            var message = await renderer.RenderAsync(template, models.ForResult(Kind, run, result, user));
            drafts.Add(new NotificationDraft(user, run.RunId, Kind, message, null, null));
        }

        var written = await NotificationBatchWriter.WriteAsync(connection, transaction, drafts, d => !emailOff.Contains(d.Recipient.UserId), clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogNotified(logger, run.RunId, written, clock.GetElapsedTime(started).TotalMilliseconds);
        return written;
    }

    [LoggerMessage(LogLevel.Information, "Assessment run {RunId}: {Count} inspectors notified of their results in {Milliseconds:F0} ms")]
    private static partial void LogNotified(ILogger logger, Guid runId, int count, double milliseconds);
}
