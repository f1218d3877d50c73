using GridFlow.Assessments.Scoring;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Whom a run of a scheme assesses: the run's region, else the scheme's; a deployment-wide scheme leaves out the
/// counties that publish a scheme of their own, whose inspectors that scheme assesses instead.
/// </summary>
public sealed class RunScopes(GridFlowDbContext db, RegionDirectory regions)
{
    public async Task<RunScope> OfAsync(SchemeRules scheme, string? runRegionPath, CancellationToken cancellationToken)
    {
        var path = runRegionPath ?? (scheme.RegionId is { } own ? (await regions.FindAsync(own, cancellationToken))?.Path : null);
        if (scheme.RegionId is not null)
        {
            return new RunScope(path, []);
        }

        var counties = await db.AssessmentSchemes.AsNoTracking()
            .Where(s => s.Status == SchemeStatuses.Published && s.RegionId != null && s.SchemeId != scheme.SchemeId)
            .Select(s => s.RegionId!.Value).Distinct().ToListAsync(cancellationToken);
        var excluded = new List<string>();
        foreach (var county in counties)
        {
            if (await regions.FindAsync(county, cancellationToken) is { } region)
            {
                excluded.Add(region.Path);
            }
        }

        return new RunScope(path, excluded);
    }
}
