using GridFlow.Regions.Directory;
using GridFlow.Regions.Spatial;

namespace GridFlow.Web.Account;

/// <summary>
/// Where the signed-in user works, from the Regions module's in-memory directory and grid index (no query per page):
/// their region's path from the city down and, for an inspector, their grids.
/// </summary>
public sealed class ScopeDescription(RegionDirectory regions, GridSpatialIndex grids)
{
    public async Task<UserScopeView> DescribeAsync(Caller caller, CancellationToken cancellationToken)
    {
        var path = new List<string>();
        var region = caller.RegionId is { } regionId ? await regions.FindAsync(regionId, cancellationToken) : null;
        for (; region is not null; region = region.ParentId is { } parent ? await regions.FindAsync(parent, cancellationToken) : null)
        {
            path.Insert(0, region.Name);
        }

        var mine = new List<string>();
        if (caller.InspectorId is { } inspectorId)
        {
            var snapshot = await grids.GetSnapshotAsync(cancellationToken);
            mine.AddRange(snapshot.InspectorGrids(inspectorId).Select(snapshot.Find).OfType<GridIndexEntry>().Select(g => $"{g.Code} {g.Name}"));
        }

        return new UserScopeView(caller.SeesAllRegions, path, mine);
    }
}
