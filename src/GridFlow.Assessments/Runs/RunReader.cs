using GridFlow.Assessments.Scoring;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>Runs, their results and scorecards, as the caller may see them (<see cref="RunAccess"/>).</summary>
public sealed class RunReader(GridFlowDbContext db, SchemeStore schemes, RegionDirectory regions)
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

    /// <summary>Each grid of the run's results the caller may see (as <see cref="ResultsAsync"/> scopes them) with its inspector's grade; null when <paramref name="regionId"/> names no region.</summary>
    public async Task<RunGridGrades?> GridGradesAsync(Caller caller, AssessmentRun run, Guid? regionId, CancellationToken cancellationToken)
    {
        var query = caller.Visible(db.AssessmentResults.AsNoTracking().Where(r => r.RunId == run.Id));
        if (regionId is { } id)
        {
            if (await regions.FindAsync(id, cancellationToken) is not { } region)
            {
                return null;
            }

            query = query.Where(r => r.RegionPath.StartsWith(region.Path));
        }

        var rows = await query.Select(r => new { r.InspectorId, r.InspectorName, r.GridIds, r.Grade, r.Score }).ToListAsync(cancellationToken);
        var grids = rows.SelectMany(r => r.GridIds.Select(g => new GridGrade(g.ToString(), r.InspectorId.ToString(), r.InspectorName, r.Grade, r.Score)))
            .DistinctBy(g => g.GridId).OrderBy(g => g.GridId, StringComparer.Ordinal).ToList();
        var grades = (await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken)).Grades.Select(g => g.Grade).ToList();
        return new RunGridGrades(run.Id.ToString(), grades, grids);
    }

    /// <summary>The latest revision of the scorecard, or <paramref name="revision"/> if an upheld appeal replaced it (kept in the revisions' table).</summary>
    public async Task<ScorecardView?> ScorecardAsync(Caller caller, AssessmentRun run, Guid inspectorId, int? revision, CancellationToken cancellationToken)
    {
        var row = await caller.Visible(db.AssessmentResults.AsNoTracking().Where(r => r.RunId == run.Id && r.InspectorId == inspectorId)).SingleOrDefaultAsync(cancellationToken);
        if (row is null || revision > row.Revision)
        {
            return null;
        }

        if (revision is { } wanted && wanted != row.Revision)
        {
            var old = await db.AssessmentResultRevisions.AsNoTracking()
                .SingleOrDefaultAsync(r => r.RunId == run.Id && r.InspectorId == inspectorId && r.Revision == wanted, cancellationToken);
            if (old is null)
            {
                return null;
            }

            // The same inspector, grids and region: a revision changes the score, the lines and the ranks only.
            row = new AssessmentResult
            {
                RunId = row.RunId, InspectorId = row.InspectorId, InspectorName = row.InspectorName, GridIds = row.GridIds, RegionId = row.RegionId,
                CountyId = row.CountyId, CityId = row.CityId, RegionPath = row.RegionPath, Revision = old.Revision, Score = old.Score, Grade = old.Grade,
                Pay = old.Pay, RankInTownship = old.RankInTownship, RankInCounty = old.RankInCounty, RankInCity = old.RankInCity, Lines = old.Lines, CreatedAt = old.CreatedAt,
            };
        }

        var @base = run.Kind == RunKinds.Aggregate ? 0 : (await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken)).Base;
        return new ScorecardView(
            row.InspectorId.ToString(), row.InspectorName, row.GridIds.Select(g => g.ToString()).ToList(), row.RegionId.ToString(), row.Score, row.Grade, row.Pay,
            row.RankInTownship, row.RankInCounty, row.RankInCity, row.Revision, run.Id.ToString(), run.SchemeId, run.SchemeVersion, run.PeriodFrom, run.PeriodTo,
            @base, ScorecardJson.Read(row.Lines));
    }
}
