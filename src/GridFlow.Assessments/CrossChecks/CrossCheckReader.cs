using GridFlow.Accounts.Directory;
using GridFlow.Workflows.Runtime.Cases;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// Cross-checks as the API shows them. The status is derived, never stored: done when the case's workflow completed,
/// overdue when it has not by <c>dueAt</c>, else open; the runtime answers which cases completed as a query composed
/// into this one, so a status filter stays one statement and the page is counted right.
/// </summary>
public sealed class CrossCheckReader(GridFlowDbContext db, CaseQueries cases, GridSpatialIndex grids, UserDirectory users, TimeProvider clock)
{
    public async Task<PagedList<CrossCheckView>> ListAsync(Caller caller, CrossCheckFilter filter, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.CrossChecks.AsNoTracking().VisibleTo(caller);
        if (filter.RegionPath is { } path)
        {
            query = query.Where(c => c.RegionPath.StartsWith(path));
        }

        var completed = cases.CompletedCaseIds();
        var now = clock.GetUtcNow();
        query = filter.Status switch
        {
            CrossCheckStatuses.Done => query.Where(c => completed.Contains(c.CaseId)),
            CrossCheckStatuses.Open => query.Where(c => !completed.Contains(c.CaseId) && c.DueAt >= now),
            CrossCheckStatuses.Overdue => query.Where(c => !completed.Contains(c.CaseId) && c.DueAt < now),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.OrderedAt).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return new PagedList<CrossCheckView>(await ViewsAsync(rows, cancellationToken), total, paging.PageNumber, paging.Size);
    }

    /// <summary>The cross-check if the caller may see it.</summary>
    public async Task<CrossCheckView?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await db.CrossChecks.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } check
            ? (await ViewsAsync([check], cancellationToken))[0]
            : null;

    /// <summary>A cross-check just ordered, read without checking again who may see it.</summary>
    public async Task<CrossCheckView> ViewAsync(Guid id, CancellationToken cancellationToken) =>
        (await ViewsAsync([await db.CrossChecks.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken)], cancellationToken))[0];

    /// <summary>Is the cross-check's case still running (open or overdue)?</summary>
    public async Task<bool> IsOpenAsync(Guid caseId, CancellationToken cancellationToken) =>
        !await cases.CompletedCaseIds().ContainsAsync(caseId, cancellationToken);

    private async Task<List<CrossCheckView>> ViewsAsync(IReadOnlyList<CrossCheck> checks, CancellationToken cancellationToken)
    {
        var facts = await cases.FactsAsync(checks.Select(c => c.CaseId).ToList(), cancellationToken);
        var issues = await cases.IssuesOfCrossChecksAsync(checks.Select(c => c.Id).ToList(), cancellationToken);
        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        var names = new Dictionary<string, string?>();
        foreach (var checker in checks.Select(c => c.CheckerUserId).Distinct())
        {
            names[checker] = (await users.ByIdAsync(checker, cancellationToken)) is [var contact, ..]
                ? (string.IsNullOrEmpty(contact.DisplayName) ? contact.UserName : contact.DisplayName)
                : null;
        }

        var now = clock.GetUtcNow();
        return checks.Select(c =>
        {
            var grid = snapshot.Find(c.GridId);
            var fact = facts.GetValueOrDefault(c.CaseId);
            var found = issues.GetValueOrDefault(c.Id) ?? [];
            var status = fact is { Completed: true } ? CrossCheckStatuses.Done : c.DueAt < now ? CrossCheckStatuses.Overdue : CrossCheckStatuses.Open;
            return new CrossCheckView(
                c.Id.ToString(), c.GridId.ToString(), c.CheckerUserId, c.DueAt, status, fact?.FirstTaskId?.ToString(),
                found.ConvertAll(i => i.Id), c.CaseId.ToString(), c.OrderedBy, c.OrderedAt, grid?.Code, grid?.Name, names[c.CheckerUserId],
                found.ConvertAll(i => i.Code));
        }).ToList();
    }
}
