using Hangfire;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Creates runs and hands them to Hangfire: one row (queued), then the job. A run whose job cannot be enqueued is
/// marked failed at once, so no run waits for a job that will never come.
/// </summary>
public sealed partial class RunStarter(GridFlowDbContext db, IBackgroundJobClient jobs, TimeProvider clock, ILogger<RunStarter> logger)
{
    public async Task<AssessmentRun> StartAsync(
        string schemeId, int schemeVersion, string kind, DateOnly from, DateOnly to, Guid? regionId, string? regionPath, string requestedBy, CancellationToken cancellationToken)
    {
        var run = NewRun(schemeId, schemeVersion, kind, from, to, regionId, regionPath, "request", requestedBy);
        db.AssessmentRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await EnqueueAsync(run, cancellationToken);
        return run;
    }

    /// <summary>Starts the scheduled run of a scheme for a period, unless one was started already (a retried or raced job): then null.</summary>
    public async Task<AssessmentRun?> StartScheduledAsync(string schemeId, int schemeVersion, string kind, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // Looked for first so a second firing is quiet; the unique index decides a race between nodes.
        if (await db.AssessmentRuns.AnyAsync(r => r.SchemeId == schemeId && r.Kind == kind && r.PeriodFrom == from && r.PeriodTo == to && r.Trigger == "schedule", cancellationToken))
        {
            return null;
        }

        var run = NewRun(schemeId, schemeVersion, kind, from, to, null, null, "schedule", "system");
        db.AssessmentRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(run).State = EntityState.Detached;
            return null;
        }

        await EnqueueAsync(run, cancellationToken);
        return run;
    }

    private AssessmentRun NewRun(string schemeId, int version, string kind, DateOnly from, DateOnly to, Guid? regionId, string? regionPath, string trigger, string requestedBy) => new()
    {
        SchemeId = schemeId, SchemeVersion = version, Kind = kind, PeriodFrom = from, PeriodTo = to, RegionId = regionId, RegionPath = regionPath,
        Trigger = trigger, Status = RunStatuses.Queued, RequestedBy = requestedBy, CreatedAt = clock.GetUtcNow(),
    };

    private async Task EnqueueAsync(AssessmentRun run, CancellationToken cancellationToken)
    {
        try
        {
            jobs.Enqueue<AssessmentRunJob>(job => job.RunAsync(run.Id, CancellationToken.None));
            LogQueued(logger, run.Id, run.SchemeId, run.SchemeVersion, run.Kind, run.PeriodFrom, run.PeriodTo, run.Trigger);
        }
        catch (Exception ex)
        {
            LogNotQueued(logger, ex, run.Id);
            run.Status = RunStatuses.Failed;
            run.Error = $"The run could not be handed to the job queue: {ex.Message}";
            run.FinishedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Assessment run {RunId} of {SchemeId} v{SchemeVersion} ({Kind}, {From}–{To}) queued by {Trigger}")]
    private static partial void LogQueued(ILogger logger, Guid runId, string schemeId, int schemeVersion, string kind, DateOnly from, DateOnly to, string trigger);

    [LoggerMessage(LogLevel.Error, "Assessment run {RunId} could not be enqueued")]
    private static partial void LogNotQueued(ILogger logger, Exception exception, Guid runId);
}
