using System.Globalization;
using GridFlow.Assessments.Scoring;
using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Scores a quarter or a year as the mean of its months: for each whole month of the period, the latest done monthly run
/// of the same scheme and region; an inspector's score is the mean of the months they have, graded by the scheme, and each
/// month is a line (kind <c>monthlyResult</c>) whose fact is that month's result. A month without a done run fails the
/// run with its name, rather than averaging what happens to be there.
/// </summary>
public sealed class MonthlyAggregator(GridFlowDbContext db, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    public const string LineKind = "monthlyResult";

    public async Task<(DateTimeOffset, List<(RosterInspector, IReadOnlyList<Guid>, ScoredResult)>)> ScoreAsync(
        AssessmentRun run, SchemeRules scheme, RunScope scope, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        var months = new List<(DateOnly Month, Guid RunId)>();
        for (var month = new DateOnly(run.PeriodFrom.Year, run.PeriodFrom.Month, 1); month <= run.PeriodTo; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            var monthly = await db.AssessmentRuns.AsNoTracking()
                .Where(r => r.SchemeId == run.SchemeId && r.Kind == RunKinds.Facts && r.Status == RunStatuses.Done
                    && r.PeriodFrom == month && r.PeriodTo == last && r.RegionId == run.RegionId)
                .OrderByDescending(r => r.FinishedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"No done monthly run of {run.SchemeId} for {month:yyyy-MM}; run that month first.");
            months.Add((month, monthly));
        }

        var runIds = months.Select(m => m.RunId).ToList();
        var rows = await db.AssessmentResults.AsNoTracking().Where(r => runIds.Contains(r.RunId))
            .Select(r => new { r.RunId, r.InspectorId, r.InspectorName, r.GridIds, r.RegionId, r.RegionPath, r.Score, r.Grade })
            .ToListAsync(cancellationToken);
        var monthOf = months.ToDictionary(m => m.RunId, m => m.Month);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var results = rows.Where(r => scope.Includes(r.RegionPath)).GroupBy(r => r.InspectorId).Select(g =>
        {
            var first = g.OrderByDescending(r => monthOf[r.RunId]).First();
            var score = Math.Round(g.Average(r => r.Score), 2, MidpointRounding.AwayFromZero);
            var lines = g.OrderBy(r => monthOf[r.RunId]).Select(r => new ScorecardLine(
                monthOf[r.RunId].ToString("yyyy-MM", CultureInfo.InvariantCulture), LineKind, r.Score, 1, false,
                [new ScoreFact(ScoreFactTypes.AssessmentResult, r.RunId.ToString(), AssessmentPeriod.Of(monthOf[r.RunId], monthOf[r.RunId], zone).Start!.Value, r.Grade)]))
                .ToList();
            var inspector = new RosterInspector(g.Key, first.InspectorName, first.RegionId, first.RegionPath, InspectorStatus.Active);
            return (inspector, (IReadOnlyList<Guid>)g.SelectMany(r => r.GridIds).Distinct().ToList(), new ScoredResult(score, scheme.GradeOf(score), lines));
        }).ToList();
        return (asOf, results);
    }
}
