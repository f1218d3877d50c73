using GridFlow.Assessments.Results;
using GridFlow.Assessments.Scoring;
using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Carries out one run: reads the facts in one snapshot, scores and ranks every inspector, writes the results with the
/// run's end. Safe to start again (Hangfire re-runs a job whose node died): a run already done or failed is left alone,
/// and a half-finished one is done again from the start. A failure marks the run failed with the reason; it is not retried
/// by itself (a new run is one POST away, and a scheme that cannot be scored would fail the same way again).
/// </summary>
public sealed partial class RunExecutor(
    GridFlowDbContext db, NpgsqlDataSource database, SchemeStore schemes, FactReader facts, RunScopes scopes, RegionDirectory regions,
    MonthlyAggregator aggregator, ResultNotifications notifications, IOptions<AssessmentOptions> options, TimeProvider clock, ILogger<RunExecutor> logger)
{
    public async Task ExecuteAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.AssessmentRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            // A job for a run this database does not hold: say so, or the run it was meant for waits queued in silence.
            LogUnknownRun(logger, runId);
            return;
        }

        if (run.Status is RunStatuses.Done or RunStatuses.Failed)
        {
            return;
        }

        var started = clock.GetUtcNow();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<string>();
        await db.AssessmentRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatuses.Running).SetProperty(r => r.StartedAt, started).SetProperty(r => r.Phase, "reading-facts"), cancellationToken);
        try
        {
            var scheme = await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken);
            var scope = await scopes.OfAsync(scheme, run.RegionPath, cancellationToken);
            var (asOf, scored) = run.Kind == RunKinds.Aggregate
                ? await aggregator.ScoreAsync(run, scheme, scope, cancellationToken)
                : await ScoreFactsAsync(run, scheme, scope, phases, watch, cancellationToken);
            phases.Add($"scoring {watch.Elapsed.TotalSeconds:F2} s");
            watch.Restart();
            await SetPhaseAsync(runId, "ranking", cancellationToken);
            // Each township's county and city once: a province has a thousand townships and twenty thousand inspectors.
            var places = new Dictionary<Guid, (Guid County, Guid City)>();
            foreach (var township in scored.Select(s => s.Item1.RegionId).Distinct())
            {
                var county = await regions.AncestorAsync(township, RegionLevel.County, cancellationToken);
                var city = await regions.AncestorAsync(township, RegionLevel.City, cancellationToken);
                places[township] = (county?.Id ?? township, city?.Id ?? county?.Id ?? township);
            }

            var ranked = scored.Select(s => new RankedResult(s.Item1, s.Item2, s.Item3, places[s.Item1.RegionId].County, places[s.Item1.RegionId].City)).ToList();

            Ranking.Assign(ranked);
            phases.Add($"ranking {watch.Elapsed.TotalSeconds:F2} s");
            watch.Restart();
            await SetPhaseAsync(runId, "writing", cancellationToken);
            await ResultWriter.WriteAsync(database, runId, ranked, asOf, clock.GetUtcNow(), cancellationToken);
            phases.Add($"writing {watch.Elapsed.TotalSeconds:F2} s");
            watch.Restart();
            // After the commit: the results stand on their own, and what the inspectors are told is what was committed.
            await notifications.NotifyAsync(run, scheme.Name, ranked, cancellationToken);
            phases.Add($"notifying {watch.Elapsed.TotalSeconds:F2} s");
            LogDone(logger, runId, run.SchemeId, run.SchemeVersion, run.PeriodFrom, run.PeriodTo, ranked.Count, string.Join(", ", phases));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, runId, run.SchemeId);
            await db.AssessmentRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, RunStatuses.Failed).SetProperty(r => r.Phase, (string?)null)
                .SetProperty(r => r.Error, Sql.Fit(ex.Message, 4000)).SetProperty(r => r.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
    }

    private async Task<(DateTimeOffset, List<(RosterInspector, IReadOnlyList<Guid>, ScoredResult)>)> ScoreFactsAsync(
        AssessmentRun run, SchemeRules scheme, RunScope scope, List<string> phases, System.Diagnostics.Stopwatch watch, CancellationToken cancellationToken)
    {
        var snapshot = await facts.ReadAsync(scheme, scope, run.PeriodFrom, run.PeriodTo, phases, cancellationToken);
        phases.Add($"reading {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        await SetPhaseAsync(run.Id, "scoring", cancellationToken);
        var period = ScoringPeriod.Of(run.PeriodFrom, run.PeriodTo, snapshot.AsOf, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
        // The scorer is pure, so inspectors are scored on every core; AsOrdered keeps the roster's order for the writer.
        return (snapshot.AsOf, snapshot.Inspectors.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(f => (f.Inspector, f.GridIds, Scorer.Score(scheme, period, f))).ToList());
    }

    private Task SetPhaseAsync(Guid runId, string phase, CancellationToken cancellationToken) =>
        db.AssessmentRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Phase, phase), cancellationToken);

    [LoggerMessage(LogLevel.Information, "Assessment run {RunId} of {SchemeId} v{SchemeVersion} for {From}–{To} scored {Inspectors} inspectors: {Phases}")]
    private static partial void LogDone(ILogger logger, Guid runId, string schemeId, int schemeVersion, DateOnly from, DateOnly to, int inspectors, string phases);

    [LoggerMessage(LogLevel.Warning, "Assessment run {RunId} is not in the database; its job does nothing")]
    private static partial void LogUnknownRun(ILogger logger, Guid runId);

    [LoggerMessage(LogLevel.Error, "Assessment run {RunId} of {SchemeId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid runId, string schemeId);
}
