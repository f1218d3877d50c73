namespace GridFlow.Assessments.Sources;

/// <summary>Pollution sources as the caller may see them (<see cref="SourceAccess"/>), each with its latest visit (<see cref="SourceVisits"/>).</summary>
public sealed class SourceReader(GridFlowDbContext db, NpgsqlDataSource database, GridSpatialIndex grids, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    /// <summary>The source's grid, if the caller may see the source; null otherwise (404). The grid is null for a grid drawn away since.</summary>
    public async Task<(Guid Id, GridIndexEntry? Grid)?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var gridId = await db.PollutionSources.AsNoTracking().Where(s => s.Id == id).Select(s => (Guid?)s.GridId).SingleOrDefaultAsync(cancellationToken);
        if (gridId is null)
        {
            return null;
        }

        var grid = (await grids.GetSnapshotAsync(cancellationToken)).Find(gridId.Value);
        return caller.CanSeeSourcesOf(grid) ? (id, grid) : null;
    }

    public async Task<PollutionSourceView?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(caller, id, cancellationToken) is null ? null : await ViewAsync(id, cancellationToken);

    /// <summary>The source, for a caller already found to see it (the answer to their own write).</summary>
    public async Task<PollutionSourceView> ViewAsync(Guid id, CancellationToken cancellationToken) =>
        (await ViewsAsync(db.PollutionSources.AsNoTracking().Where(s => s.Id == id), cancellationToken)).Single();

    public async Task<PagedList<PollutionSourceView>> ListAsync(Caller caller, Guid? gridId, bool? key, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.PollutionSources.AsNoTracking();
        if (!caller.SeesAllRegions)
        {
            var snapshot = await grids.GetSnapshotAsync(cancellationToken);
            var visible = snapshot.All.Where(g => caller.CanSeeGrid(g.RegionPath, g.InspectorId)).Select(g => g.Id).ToList();
            query = query.Where(s => visible.Contains(s.GridId));
        }

        if (gridId is { } grid)
        {
            query = query.Where(s => s.GridId == grid);
        }

        if (key is { } isKey)
        {
            query = query.Where(s => s.Key == isKey);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = query.OrderBy(s => s.GridId).ThenBy(s => s.Name).ThenBy(s => s.Id).Skip(paging.Skip).Take(paging.Size);
        return new PagedList<PollutionSourceView>(await ViewsAsync(page, cancellationToken), total, paging.PageNumber, paging.Size);
    }

    /// <summary>
    /// The pollution-source archive of an inspector: the sources of the grids they are responsible for now, at most
    /// <paramref name="limit"/> (the caller has checked that they may see the inspector).
    /// </summary>
    public async Task<List<PollutionSourceView>> OfInspectorAsync(Guid inspectorId, int limit, CancellationToken cancellationToken)
    {
        var gridIds = (await grids.GetSnapshotAsync(cancellationToken)).InspectorGrids(inspectorId).ToList();
        var sources = db.PollutionSources.AsNoTracking().Where(s => gridIds.Contains(s.GridId))
            .OrderBy(s => s.GridId).ThenBy(s => s.Name).ThenBy(s => s.Id).Take(limit);
        return await ViewsAsync(sources, cancellationToken);
    }

    private async Task<List<PollutionSourceView>> ViewsAsync(IQueryable<PollutionSource> sources, CancellationToken cancellationToken)
    {
        var rows = await sources.ToListAsync(cancellationToken);
        var visits = await SourceVisits.LastAsync(database, rows.Select(s => s.Id).ToList(), options.Value.SourceVisitMeters, cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(s =>
        {
            DateTimeOffset? last = visits.TryGetValue(s.Id, out var at) ? at : null;
            var overdue = now - (last ?? s.CreatedAt) > TimeSpan.FromDays(s.VisitEveryDays);
            return new PollutionSourceView(
                s.Id.ToString(), s.GridId.ToString(), s.Name, s.Kind, s.Location.Y, s.Location.X, s.Key, s.VisitEveryDays, last, overdue, s.Notes,
                s.Photos.Select(p => p.ToString()).ToList(), s.CreatedAt);
        }).ToList();
    }
}
