using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>Runs, their results and scorecards, as the caller may see them (<see cref="RunAccess"/>).</summary>
public sealed class RunReader(GridFlowDbContext db, RegionDirectory regions)
{
    public async Task<AssessmentRun?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var run = await db.AssessmentRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is not null && caller.SeesRun(run.RegionPath) ? run : null;
    }

    /// <summary>Newest first. Runs are few (a scheme's months, quarters and years, and what was asked for), so the caller's line is checked in memory.</summary>
    public async Task<PagedList<RunView>> ListAsync(Caller caller, string? schemeId, string? status, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.AssessmentRuns.AsNoTracking();
        if (schemeId is not null)
        {
            query = query.Where(r => r.SchemeId == schemeId);
        }

        if (status is not null)
        {
            query = query.Where(r => r.Status == status);
        }

        var visible = (await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => caller.SeesRun(r.RegionPath)).ToList();
        return new PagedList<RunView>(visible.Skip(paging.Skip).Take(paging.Size).Select(RunViews.Of).ToList(), visible.Count, paging.PageNumber, paging.Size);
    }

    /// <summary>Best first (then by name); null when <paramref name="regionId"/> names no region.</summary>
    public async Task<PagedList<ResultView>?> ResultsAsync(Caller caller, Guid runId, Guid? regionId, string? grade, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = caller.Visible(db.AssessmentResults.AsNoTracking().Where(r => r.RunId == runId));
        if (regionId is { } id)
        {
            if (await regions.FindAsync(id, cancellationToken) is not { } region)
            {
                return null;
            }

            query = query.Where(r => r.RegionPath.StartsWith(region.Path));
        }

        if (grade is not null)
        {
            query = query.Where(r => r.Grade == grade);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.Score).ThenBy(r => r.InspectorName).ThenBy(r => r.InspectorId)
            .Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return new PagedList<ResultView>(rows.Select(RunViews.Of).ToList(), total, paging.PageNumber, paging.Size);
    }
}
