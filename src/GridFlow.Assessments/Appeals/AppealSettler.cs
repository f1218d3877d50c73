using GridFlow.Workflows.Runtime.Cases;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Appeals;

/// <summary>
/// Settles appeals whose case has been decided. Why a poller and not a hook in the completion: the runtime must not know
/// Assessments, and its completion is a hot path of two round trips holding the instance's lock; scoring an inspector
/// again (a read of the period's facts) does not belong inside it. So the county supervisor completes the task through
/// the ordinary task API, and this reads how the case was decided through the runtime's <see cref="CaseQueries"/>
/// (which cases completed, and their last task's outcome and form) — the same contract cross-checks read their status by.
/// At least once and idempotent: each appeal is settled in a transaction of its own that locks its row and finds it still
/// open, so a pass that fails rolls back whole and the next one settles it; two nodes never settle one twice.
/// </summary>
public sealed partial class AppealSettler(GridFlowDbContext db, CaseQueries cases, ResultRevisions revisions, IOptions<AssessmentOptions> options, TimeProvider clock, ILogger<AppealSettler> logger)
{
    public const int BatchSize = 20;

    /// <summary>One pass: settles up to <see cref="BatchSize"/> decided appeals, oldest first; returns how many it looked at.</summary>
    public async Task<int> SettleAsync(CancellationToken cancellationToken)
    {
        var completed = cases.CompletedCaseIds();
        var due = await db.AssessmentAppeals.AsNoTracking().Where(a => a.Status == AppealStatuses.Open && completed.Contains(a.CaseId))
            .OrderBy(a => a.FiledAt).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            try
            {
                await SettleOneAsync(id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Its transaction rolled back; it stays open and is tried again next pass, without holding up the others.
                LogFailed(logger, ex, id);
            }

            db.ChangeTracker.Clear();
        }

        return due.Count;
    }

    private async Task SettleOneAsync(Guid id, CancellationToken cancellationToken)
    {
        // REPEATABLE READ: the lock, the facts and the revision see one database; a concurrent settle fails here and rolls back.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var appeal = await db.AssessmentAppeals.FromSql($"SELECT * FROM assessment_appeals WHERE id = {id} AND status = 'open' FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (appeal is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var decision = (await cases.DecisionsAsync([appeal.CaseId], cancellationToken)).GetValueOrDefault(appeal.CaseId);
        appeal.Decision = decision?.Outcome;
        appeal.DecidedBy = decision?.CompletedBy;
        appeal.DecidedAt = decision?.CompletedAt;
        appeal.Comment = Text(decision?.Data?[AppealWorkflow.CommentField]) ?? decision?.Comment;
        appeal.SettledAt = now;
        var points = Number(decision?.Data?[AppealWorkflow.PointsField]);
        if (decision?.Outcome == AppealWorkflow.Uphold && points is > 0)
        {
            await UpholdAsync(appeal, points.Value, decision, now, cancellationToken);
        }
        else
        {
            // Refused — or a workflow a designer changed that ended without an uphold with points: nothing is given back.
            appeal.Status = AppealStatuses.Refused;
            appeal.Comment ??= decision is null ? "The appeal's workflow ended without a decision." : null;
            LogRefused(logger, appeal.Id, appeal.RunId, appeal.InspectorId, decision?.Outcome);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpholdAsync(AssessmentAppeal appeal, decimal points, CaseDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var run = await db.AssessmentRuns.AsNoTracking().SingleAsync(r => r.Id == appeal.RunId, cancellationToken);
        // The form's bound is a minimum only; what the line cost is the most an appeal of it can give back.
        var given = Math.Round(Math.Min(points, -appeal.LinePoints), 2);
        var adjustment = new AssessmentAdjustment
        {
            InspectorId = appeal.InspectorId, At = InsidePeriod(run, now), Points = given, AppealId = appeal.Id,
            Reason = Sql.Fit($"申诉 Appeal {appeal.Id} upheld on {appeal.ItemId}" + (appeal.Comment is { } c ? $": {c}" : ""), 1000),
            RecordedBy = decision.CompletedBy ?? "system", RecordedAt = now,
        };
        db.AssessmentAdjustments.Add(adjustment);
        var revised = await revisions.ReviseAsync(run, appeal.InspectorId, appeal.Id, cancellationToken);
        appeal.Status = AppealStatuses.Upheld;
        appeal.PointsRequested = points;
        appeal.PointsGiven = given;
        appeal.AdjustmentId = adjustment.Id;
        LogUpheld(logger, appeal.Id, run.Id, appeal.InspectorId, given, revised.From, revised.Before, revised.To, revised.After);
    }

    /// <summary>Now if the run's period has not ended, else its last second: the adjustment must count in the run it corrects.</summary>
    private DateTimeOffset InsidePeriod(AssessmentRun run, DateTimeOffset now)
    {
        var end = AssessmentPeriod.Of(run.PeriodFrom, run.PeriodTo, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).End!.Value;
        return (now < end ? now : end.AddSeconds(-1)).ToUniversalTime();
    }

    private static decimal? Number(JsonNode? value) => value is JsonValue v && v.TryGetValue(out decimal d) ? d : null;

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    [LoggerMessage(LogLevel.Information, "Appeal {AppealId} of run {RunId} upheld for inspector {InspectorId}: {Points} points back; revision {From} ({Before}) → {To} ({After})")]
    private static partial void LogUpheld(ILogger logger, Guid appealId, Guid runId, Guid inspectorId, decimal points, int from, decimal before, int to, decimal after);

    [LoggerMessage(LogLevel.Error, "Appeal {AppealId} could not be settled; it is tried again on the next pass")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid appealId);

    [LoggerMessage(LogLevel.Information, "Appeal {AppealId} of run {RunId} refused for inspector {InspectorId} (outcome {Outcome})")]
    private static partial void LogRefused(ILogger logger, Guid appealId, Guid runId, Guid inspectorId, string? outcome);
}
