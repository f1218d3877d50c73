using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Gathers a bulletin from the views it is made of (rankings per county, the dismissal list, the region figures), each
/// within what the caller sees, so the bulletin never shows more than the endpoints behind it would.
/// </summary>
public sealed class BulletinComposer(ResultRows rows, RegionRankings rankings, DismissalList dismissals, RegionFigureReader figures, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>Null when <paramref name="regionId"/> names no region.</summary>
    public async Task<Bulletin?> ComposeAsync(Caller caller, AssessmentRun run, Guid? regionId, CancellationToken cancellationToken)
    {
        var results = await rows.ReadAsync(caller, run.Id, regionId, cancellationToken);
        if (results is null)
        {
            return null;
        }

        var scheme = await rows.SchemeDocumentAsync(run, cancellationToken);
        var counties = await rankings.RankAsync(results, RankingLevels.County, scheme.Rules, cancellationToken);
        var listed = (await dismissals.ReadAsync(caller, run, scheme.Rules, cancellationToken)).ToLookup(d => d.InspectorId);
        var countyOf = results.ToDictionary(r => r.View.InspectorId, r => r.CountyId.ToString());
        var countyFigures = (await figures.ReadAsync(caller, run, RankingLevels.County, regionId, cancellationToken) ?? []).ToDictionary(f => f.RegionId);
        var townshipFigures = await figures.ReadAsync(caller, run, RankingLevels.Township, regionId, cancellationToken) ?? [];
        var townshipsByCounty = new Dictionary<string, List<RegionFigures>>();
        foreach (var township in townshipFigures)
        {
            var county = (await regions.AncestorAsync(Guid.Parse(township.RegionId), RegionLevel.County, cancellationToken))?.Id.ToString() ?? "";
            (townshipsByCounty.TryGetValue(county, out var list) ? list : townshipsByCounty[county] = []).Add(township);
        }

        var parts = counties.Select(c => new BulletinCounty(
            c,
            listed.SelectMany(l => l).Where(d => countyOf.GetValueOrDefault(d.InspectorId) == c.RegionId).ToList(),
            countyFigures.GetValueOrDefault(c.RegionId),
            townshipsByCounty.GetValueOrDefault(c.RegionId) ?? [])).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var township in results.Select(r => r.TownshipId).Distinct())
        {
            names[township.ToString()] = (await regions.FindAsync(township, cancellationToken))?.Name ?? "";
        }

        return new Bulletin(scheme.Name, run, clock.GetUtcNow(), scheme.Rules.Grades.Select(g => g.Grade).ToList(), parts, names);
    }
}
