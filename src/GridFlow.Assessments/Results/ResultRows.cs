using GridFlow.Assessments.Runs;
using GridFlow.Regions.Directory;
using GridFlow.Assessments.Scoring;

namespace GridFlow.Assessments.Results;

/// <summary>
/// The results of a run that the caller sees, optionally within one region, best first. A province run is 20,000 rows:
/// read without the scorecards' lines (jsonb, most of a row's size) they are a few milliseconds of one query.
/// </summary>
public sealed class ResultRows(GridFlowDbContext db, SchemeStore schemes, RegionDirectory regions)
{
    /// <summary>Null when <paramref name="regionId"/> names no region.</summary>
    public async Task<List<ResultRow>?> ReadAsync(Caller caller, Guid runId, Guid? regionId, CancellationToken cancellationToken)
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

        var rows = await query.OrderByDescending(r => r.Score).ThenBy(r => r.InspectorName).ThenBy(r => r.InspectorId)
            .Select(r => new
            {
                r.InspectorId, r.InspectorName, r.GridIds, r.RegionId, r.CountyId, r.RegionPath, r.Score, r.Grade, r.Pay,
                r.RankInTownship, r.RankInCounty, r.RankInCity, r.Revision,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ResultRow(
            new ResultView(r.InspectorId.ToString(), r.InspectorName, r.GridIds.Select(g => g.ToString()).ToList(), r.RegionId.ToString(), r.Score, r.Grade, r.Pay,
                r.RankInTownship, r.RankInCounty, r.RankInCity, r.Revision),
            r.RegionId, r.CountyId, r.RegionPath)).ToList();
    }

    /// <summary>The scheme version the run applied.</summary>
    public async Task<SchemeRules> SchemeAsync(AssessmentRun run, CancellationToken cancellationToken) => (await SchemeDocumentAsync(run, cancellationToken)).Rules;

    /// <summary>The scheme version the run applied, with its name (for titles and file names).</summary>
    public async Task<RunScheme> SchemeDocumentAsync(AssessmentRun run, CancellationToken cancellationToken)
    {
        var rules = await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken);
        return new RunScheme(rules, rules.Name);
    }

    /// <summary>The visible results with their scorecards' lines, best first, for the export (null: unknown region).</summary>
    public async Task<List<AssessmentResult>?> ReadWithLinesAsync(Caller caller, Guid runId, Guid? regionId, CancellationToken cancellationToken)
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

        return await query.OrderByDescending(r => r.Score).ThenBy(r => r.InspectorName).ThenBy(r => r.InspectorId).ToListAsync(cancellationToken);
    }
}
