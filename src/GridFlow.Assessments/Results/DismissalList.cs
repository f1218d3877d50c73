using GridFlow.Assessments.Runs;
using GridFlow.Assessments.Scoring;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Who a run puts on the dismissal list (api.md, "dismissal-list"), among the results the caller sees:
/// <list type="bullet">
/// <item>a run of kind facts: failing (the scheme's last grade) in it and in each of the
/// <c>consecutiveFailing − 1</c> calendar months just before its own, each month's run being the latest done facts run
/// of the same scheme and region covering exactly that month; a month without such a run breaks every streak;</item>
/// <item>an aggregate run of a whole calendar year: failing it;</item>
/// <item>any other run (a quarter, an odd range): nobody.</item>
/// </list>
/// </summary>
public sealed class DismissalList(GridFlowDbContext db)
{
    public async Task<List<DismissalCandidate>> ReadAsync(Caller caller, AssessmentRun run, SchemeRules scheme, CancellationToken cancellationToken)
    {
        var chain = await ChainAsync(run, scheme, cancellationToken);
        if (chain.Count == 0)
        {
            return [];
        }

        var failing = scheme.FailingGrade;
        var failed = await caller.Visible(db.AssessmentResults.AsNoTracking())
            .Where(r => r.RunId == run.Id && r.Grade == failing)
            .OrderBy(r => r.RegionPath).ThenBy(r => r.InspectorName).ThenBy(r => r.InspectorId)
            .Select(r => new { r.InspectorId, r.InspectorName, r.RegionId })
            .ToListAsync(cancellationToken);
        var candidates = failed.Select(f => f.InspectorId).ToHashSet();
        foreach (var earlier in chain.Skip(1))
        {
            var ids = candidates.ToList();
            var stillFailing = await db.AssessmentResults.AsNoTracking()
                .Where(r => r.RunId == earlier && r.Grade == failing && ids.Contains(r.InspectorId))
                .Select(r => r.InspectorId).ToListAsync(cancellationToken);
            candidates.IntersectWith(stillFailing);
        }

        var runs = chain.Select(c => c.ToString()).ToList();
        return failed.Where(f => candidates.Contains(f.InspectorId))
            .Select(f => new DismissalCandidate(f.InspectorId.ToString(), f.InspectorName, f.RegionId.ToString(), runs)).ToList();
    }

    /// <summary>The runs a streak must fail, this one first; empty when this run puts nobody on the list.</summary>
    private async Task<List<Guid>> ChainAsync(AssessmentRun run, SchemeRules scheme, CancellationToken cancellationToken)
    {
        if (run.Status != RunStatuses.Done)
        {
            return [];
        }

        if (run.Kind == RunKinds.Aggregate)
        {
            var wholeYear = run.PeriodFrom is { Month: 1, Day: 1 } && run.PeriodTo == new DateOnly(run.PeriodFrom.Year, 12, 31);
            return wholeYear ? [run.Id] : [];
        }

        var chain = new List<Guid> { run.Id };
        var month = new DateOnly(run.PeriodFrom.Year, run.PeriodFrom.Month, 1);
        for (var i = 1; i < scheme.ConsecutiveFailing; i++)
        {
            month = month.AddMonths(-1);
            var (from, to) = (month, month.AddMonths(1).AddDays(-1));
            var earlier = await db.AssessmentRuns.AsNoTracking()
                .Where(r => r.SchemeId == run.SchemeId && r.RegionId == run.RegionId && r.Kind == RunKinds.Facts && r.Status == RunStatuses.Done
                            && r.PeriodFrom == from && r.PeriodTo == to)
                .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (earlier is not { } id)
            {
                return [];
            }

            chain.Add(id);
        }

        return chain;
    }
}
