using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.Workflows.Runtime.Instances;

namespace GridFlow.Assessments.Patrols;

/// <summary>Patrols as the caller may see them (<see cref="PatrolAccess"/>), with the issues reported while they ran.</summary>
public sealed class PatrolReader(GridFlowDbContext db, NpgsqlDataSource database, GridSpatialIndex grids, IssueQueries issues, TimeProvider clock)
{
    /// <summary>Links per page are bounded: a page of fifty patrols with this many reports between them is already odd.</summary>
    private const int MaxLinkedIssues = 5_000;

    /// <summary>The patrol's owner and grid, if the caller may see it; null otherwise (404).</summary>
    public async Task<(Guid InspectorId, GridIndexEntry? Grid, DateTimeOffset StartedAt)?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Patrols.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.InspectorId, p.GridId, p.StartedAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var grid = (await grids.GetSnapshotAsync(cancellationToken)).Find(row.GridId);
        return caller.CanSee(row.InspectorId, grid) ? (row.InspectorId, grid, row.StartedAt) : null;
    }

    public async Task<PatrolDetail?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(caller, id, cancellationToken) is null ? null : await DetailAsync(id, cancellationToken);

    /// <summary>The patrol with its track, for a caller already found to see it (the answer to their own write).</summary>
    public async Task<PatrolDetail> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var patrol = (await ViewsAsync(db.Patrols.AsNoTracking().Where(p => p.Id == id), cancellationToken)).Single();
        return new PatrolDetail(patrol, await PatrolTracks.GeoJsonAsync(database, id, cancellationToken));
    }

    /// <summary>
    /// The answer to an upload of a finished patrol, from what the upload stored (<paramref name="started"/>) rather than read
    /// back: only the issues reported while it ran are read.
    /// </summary>
    public async Task<PatrolDetail> DetailOfAsync(StartedPatrol started, Guid inspectorId, Guid gridId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var finished = started.Finished!;
        // As PostgreSQL stored them, to the microsecond: the same patrol read back later shows the same times.
        (startedAt, var endedAt) = (PatrolTracks.Microseconds(startedAt), PatrolTracks.Microseconds(finished.EndedAt));
        var reported = await issues.ReportedByAsync([inspectorId], startedAt, endedAt, MaxLinkedIssues, cancellationToken);
        var summary = finished.Summary;
        var view = new PatrolView(
            started.Id.ToString(), inspectorId.ToString(), gridId.ToString(), PatrolStatuses.Finished, startedAt, endedAt, started.Points,
            summary.Minutes, summary.Km, summary.InsideRatio, summary.MaxKmh, finished.InvalidReasons.Count == 0, finished.InvalidReasons,
            DuringPatrol(reported, inspectorId, startedAt, endedAt));
        return new PatrolDetail(view, finished.Track);
    }

    public async Task<PagedList<PatrolView>> ListAsync(Caller caller, PatrolFilter filter, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.Patrols.AsNoTracking();
        if (filter.Period.Start is { } start)
        {
            query = query.Where(p => p.StartedAt >= start);
        }

        if (filter.Period.End is { } end)
        {
            query = query.Where(p => p.StartedAt < end);
        }

        if (caller.IsInspectorOnly)
        {
            query = query.Where(p => p.InspectorId == caller.InspectorId);
        }
        else if (caller.RegionPrefix is { } prefix)
        {
            var snapshot = await grids.GetSnapshotAsync(cancellationToken);
            var visible = snapshot.All.Where(g => g.RegionPath.StartsWith(prefix, StringComparison.Ordinal)).Select(g => g.Id).ToList();
            query = query.Where(p => visible.Contains(p.GridId));
        }

        if (filter.InspectorId is { } inspectorId)
        {
            query = query.Where(p => p.InspectorId == inspectorId);
        }

        if (filter.GridId is { } gridId)
        {
            query = query.Where(p => p.GridId == gridId);
        }

        if (filter.Valid is { } valid)
        {
            query = query.Where(p => p.Valid == valid);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = query.OrderByDescending(p => p.StartedAt).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.Size);
        return new PagedList<PatrolView>(await ViewsAsync(page, cancellationToken), total, paging.PageNumber, paging.Size);
    }

    private async Task<List<PatrolView>> ViewsAsync(IQueryable<Patrol> patrols, CancellationToken cancellationToken)
    {
        var rows = await patrols.Select(p => new
        {
            p.Id, p.InspectorId, p.GridId, p.Status, p.StartedAt, p.EndedAt, p.PointCount, p.Minutes, p.Km, p.InsideRatio, p.MaxKmh, p.Valid, p.InvalidReasons,
        }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var reported = await issues.ReportedByAsync(
            rows.Select(r => r.InspectorId).Distinct().ToList(), rows.Min(r => r.StartedAt), rows.Max(r => r.EndedAt ?? now), MaxLinkedIssues, cancellationToken);
        return rows.Select(r => new PatrolView(
            r.Id.ToString(), r.InspectorId.ToString(), r.GridId.ToString(), r.Status, r.StartedAt, r.EndedAt, r.PointCount,
            r.Minutes, r.Km, r.InsideRatio, r.MaxKmh, r.Valid, r.InvalidReasons,
            DuringPatrol(reported, r.InspectorId, r.StartedAt, r.EndedAt ?? now))).ToList();
    }

    private static List<string> DuringPatrol(List<ReportedIssue> reported, Guid inspectorId, DateTimeOffset from, DateTimeOffset to) =>
        reported.Where(i => i.InspectorId == inspectorId && i.DiscoveredAt >= from && i.DiscoveredAt <= to).Select(i => i.IssueId.ToString()).ToList();
}
