using GridFlow.Workflows.Runtime.Cases;

namespace GridFlow.Assessments.Appeals;

/// <summary>Appeals as the API shows them, as the caller may see them (<see cref="AppealAccess"/>), newest first.</summary>
public sealed class AppealReader(GridFlowDbContext db, CaseQueries cases, SchemeStore schemes)
{
    public async Task<PagedList<AppealView>> ListAsync(Caller caller, AppealFilter filter, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.AssessmentAppeals.AsNoTracking().VisibleTo(caller);
        if (filter.RunId is { } runId)
        {
            query = query.Where(a => a.RunId == runId);
        }

        if (filter.InspectorId is { } inspectorId)
        {
            query = query.Where(a => a.InspectorId == inspectorId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.FiledAt).ThenBy(a => a.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return new PagedList<AppealView>(await ViewsAsync(rows, cancellationToken), total, paging.PageNumber, paging.Size);
    }

    public async Task<AppealView?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await db.AssessmentAppeals.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } appeal
            ? (await ViewsAsync([appeal], cancellationToken))[0]
            : null;

    private async Task<List<AppealView>> ViewsAsync(IReadOnlyList<AssessmentAppeal> appeals, CancellationToken cancellationToken)
    {
        var facts = await cases.FactsAsync(appeals.Select(a => a.CaseId).ToList(), cancellationToken);
        var ids = appeals.Where(a => a.Status == AppealStatuses.Upheld).Select(a => a.Id).ToList();
        var replaced = await db.AssessmentResultRevisions.AsNoTracking().Where(r => ids.Contains(r.ReplacedByAppealId)).ToListAsync(cancellationToken);
        var revisions = new Dictionary<Guid, List<AppealRevisionView>>();
        foreach (var old in replaced)
        {
            // The score after is the next revision's: kept too if a later appeal replaced it, else the result's row.
            var next = await db.AssessmentResultRevisions.AsNoTracking()
                           .Where(r => r.RunId == old.RunId && r.InspectorId == old.InspectorId && r.Revision == old.Revision + 1).Select(r => (decimal?)r.Score).SingleOrDefaultAsync(cancellationToken)
                       ?? await db.AssessmentResults.AsNoTracking().Where(r => r.RunId == old.RunId && r.InspectorId == old.InspectorId).Select(r => r.Score).SingleAsync(cancellationToken);
            revisions.TryAdd(old.ReplacedByAppealId, []);
            revisions[old.ReplacedByAppealId].Add(new AppealRevisionView(old.Revision, old.Revision + 1, old.Score, next, old.ReplacedAt));
        }

        // The names, periods and item kinds: one read of the results' names and of the runs for the page, schemes from their cache.
        var runIds = appeals.Select(a => a.RunId).Distinct().ToList();
        var inspectorIds = appeals.Select(a => a.InspectorId).Distinct().ToList();
        var runs = await db.AssessmentRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var names = (await db.AssessmentResults.AsNoTracking().Where(r => runIds.Contains(r.RunId) && inspectorIds.Contains(r.InspectorId))
            .Select(r => new { r.RunId, r.InspectorId, r.InspectorName }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.RunId, r.InspectorId), r => r.InspectorName);
        var kinds = new Dictionary<Guid, IReadOnlyDictionary<string, string>>();
        foreach (var run in runs.Values)
        {
            var rules = await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken);
            kinds[run.Id] = rules.Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        }

        return appeals.Select(a => new AppealView(
            a.Id.ToString(), a.RunId.ToString(), a.InspectorId.ToString(), a.ItemId, a.LinePoints, a.Reason, a.Status,
            facts.GetValueOrDefault(a.CaseId)?.FirstTaskId?.ToString(), a.CaseId.ToString(), a.FiledBy, a.FiledAt,
            a.Decision, a.Comment, a.DecidedBy, a.DecidedAt, a.PointsRequested, a.PointsGiven, a.AdjustmentId?.ToString(),
            revisions.GetValueOrDefault(a.Id) ?? [], names.GetValueOrDefault((a.RunId, a.InspectorId)) ?? "", kinds.GetValueOrDefault(a.RunId)?.GetValueOrDefault(a.ItemId),
            runs[a.RunId].PeriodFrom, runs[a.RunId].PeriodTo)).ToList();
    }
}
