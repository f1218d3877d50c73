using GridFlow.Regions.Directory;

namespace GridFlow.Workflows.Runtime.Instances;

/// <summary>
/// Issue lists and details, scoped to what the caller may see. Lists, the digest and the reports assessments count
/// hold only cases of kind issue; a cross-check's or an appeal's case is read by its id (its <c>kind</c> says what it is).
/// </summary>
public sealed class IssueQueries(GridFlowDbContext db, NpgsqlDataSource database, GridSpatialIndex grids, RegionDirectory regions)
{
    public async Task<PagedList<IssueSummary>?> ListAsync(Caller caller, IssueFilter filter, PageQuery paging, CancellationToken cancellationToken, IssueOrder? order = null)
    {
        var query = (await VisibleAsync(caller, cancellationToken)).Where(i => i.Kind == CaseKinds.Issue);
        if (filter.RegionId is { } regionId)
        {
            var region = await regions.FindAsync(regionId, cancellationToken);
            if (region is null)
            {
                return null;
            }

            query = query.Where(i => i.RegionPath.StartsWith(region.Path));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.GridId is { } gridId)
        {
            query = query.Where(i => i.GridId == gridId);
        }

        if (filter.Overdue is { } overdue)
        {
            query = query.Where(i => i.Overdue == overdue);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(i => i.Category == category);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(i => i.Source == source);
        }

        if (filter.DiscoveredFrom is { } from)
        {
            query = query.Where(i => i.DiscoveredAt >= from);
        }

        if (filter.DiscoveredBefore is { } before)
        {
            query = query.Where(i => i.DiscoveredAt < before);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await (order ?? IssueOrder.Default).Apply(query).Skip(paging.Skip).Take(paging.Size)
            .Select(i => new IssueSummary(
                i.Id.ToString(), i.Code, i.Category, i.Status, i.GridId.ToString(), i.RegionId.ToString(), i.Overdue, i.EscalationLevel, i.ReportedAt, i.Description, i.Kind,
                i.Source, i.DiscoveredAt, i.Address))
            .ToListAsync(cancellationToken);
        return new PagedList<IssueSummary>(items, total, paging.PageNumber, paging.Size);
    }

    /// <summary>
    /// The issues these inspectors reported, found between <paramref name="from"/> and <paramref name="to"/>, oldest
    /// first and at most <paramref name="limit"/>: what links issues to the patrols they were found on (Assessments).
    /// </summary>
    public Task<List<ReportedIssue>> ReportedByAsync(IReadOnlyCollection<Guid> inspectorIds, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        db.Issues.AsNoTracking()
            .Where(i => i.Kind == CaseKinds.Issue && i.ReporterInspectorId != null && inspectorIds.Contains(i.ReporterInspectorId.Value) && i.DiscoveredAt >= from && i.DiscoveredAt <= to)
            .OrderBy(i => i.DiscoveredAt)
            .Take(limit)
            .Select(i => new ReportedIssue(i.Id, i.ReporterInspectorId!.Value, i.GridId, i.DiscoveredAt))
            .ToListAsync(cancellationToken);

    public async Task<IssueDetail?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var issue = await (await VisibleAsync(caller, cancellationToken)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return null;
        }

        await using var command = Sql.Command(database, TaskRows.OpenOfIssue, id);
        List<TaskView> open;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            open = await TaskRows.ReadAllAsync(reader, cancellationToken);
        }

        return new IssueDetail(
            issue.Id.ToString(), issue.Code, issue.Category, issue.Description, issue.Lat, issue.Lon, issue.Address, issue.Source,
            issue.DiscoveredAt, issue.ReportedAt, issue.ReportedBy, issue.Status, issue.GridId.ToString(), issue.RegionId.ToString(),
            issue.Overdue, issue.EscalationLevel, issue.WorkflowInstanceId.ToString(), open,
            await JournalAsync(db, e => e.IssueId == id, cancellationToken),
            await IncidentsAsync(db, i => i.IssueId == id, cancellationToken),
            issue.Kind,
            issue.CrossCheckId?.ToString(),
            await PhotosAsync(id, cancellationToken));
    }

    /// <summary>The photos the issue uses (its report's and its completed tasks'), as attachment ids in a stable order.</summary>
    private async Task<List<string>> PhotosAsync(Guid issueId, CancellationToken cancellationToken) =>
        (await db.IssueAttachments.AsNoTracking().Where(l => l.IssueId == issueId).Select(l => l.AttachmentId).OrderBy(a => a).ToListAsync(cancellationToken))
        .ConvertAll(a => a.ToString());

    /// <summary>
    /// The overdue issues under <paramref name="regionPath"/> whose workflow is not over, oldest first (the supervisors'
    /// daily digest).
    /// </summary>
    public Task<List<IssueSummary>> OverdueAsync(string regionPath, int limit, CancellationToken cancellationToken)
    {
        var finished = IssueStatuses.Finished.ToList();
        return db.Issues.AsNoTracking()
            .Where(i => i.Kind == CaseKinds.Issue && i.Overdue && !finished.Contains(i.Status) && i.RegionPath.StartsWith(regionPath))
            .OrderBy(i => i.ReportedAt).ThenBy(i => i.Id).Take(limit)
            .Select(i => new IssueSummary(i.Id.ToString(), i.Code, i.Category, i.Status, i.GridId.ToString(), i.RegionId.ToString(), i.Overdue, i.EscalationLevel, i.ReportedAt, i.Description, i.Kind))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The cases the caller may see: by region, or for an inspector their grids' issues and their own reports; and
    /// everyone the cases that are for them (a checker their cross-check's case, wherever it is).
    /// </summary>
    public async Task<IQueryable<Issue>> VisibleAsync(Caller caller, CancellationToken cancellationToken)
    {
        var issues = db.Issues.AsNoTracking();
        if (caller.IsInspectorOnly)
        {
            var snapshot = await grids.GetSnapshotAsync(cancellationToken);
            var mine = snapshot.InspectorGrids(caller.InspectorId!.Value);
            return issues.Where(i => i.ReportedBy == caller.UserId || mine.Contains(i.GridId) || i.DesignatedUserId == caller.UserId);
        }

        return caller.RegionPrefix is { } prefix ? issues.Where(i => i.RegionPath.StartsWith(prefix) || i.DesignatedUserId == caller.UserId) : issues;
    }

    public static Task<List<JournalEntryView>> JournalAsync(GridFlowDbContext db, System.Linq.Expressions.Expression<Func<WorkflowJournalEntry, bool>> which, CancellationToken cancellationToken) =>
        db.WorkflowJournal.AsNoTracking().Where(which).OrderBy(e => e.Id)
            .Select(e => new JournalEntryView(e.At, e.Actor, e.ActivityId, e.ActivityType, e.Event, e.Outcome, e.Comment))
            .ToListAsync(cancellationToken);

    public static Task<List<IncidentView>> IncidentsAsync(GridFlowDbContext db, System.Linq.Expressions.Expression<Func<WorkflowIncident, bool>> which, CancellationToken cancellationToken) =>
        db.WorkflowIncidents.AsNoTracking().Where(which).OrderBy(i => i.CreatedAt)
            .Select(i => new IncidentView(i.Id.ToString(), i.ActivityId, i.Message, i.CreatedAt, i.ResolvedAt))
            .ToListAsync(cancellationToken);
}
