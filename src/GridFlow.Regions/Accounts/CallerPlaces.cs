using GridFlow.Accounts.Contracts;

namespace GridFlow.Regions.Accounts;

/// <summary>The Accounts module's view of regions and grids (<see cref="ICallerPlaces"/>), read from this module's tables.</summary>
public sealed class CallerPlaces(GridFlowDbContext db) : ICallerPlaces
{
    public async Task<string?> RegionPathAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.Regions.Where(r => r.Id == regionId).Select(r => r.Path).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> GridIdsAsync(Guid inspectorId, CancellationToken cancellationToken) =>
        await db.Grids.Where(g => g.InspectorId == inspectorId).OrderBy(g => g.Code).Select(g => g.Id.ToString()).ToListAsync(cancellationToken);

    public async Task<string?> InspectorRegionPathAsync(Guid inspectorId, CancellationToken cancellationToken) =>
        await db.Inspectors.Where(i => i.Id == inspectorId).Select(i => i.Region!.Path).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> RegionIdsUnderAsync(string pathPrefix, CancellationToken cancellationToken) =>
        await db.Regions.Where(r => r.Path.StartsWith(pathPrefix)).Select(r => r.Id).ToListAsync(cancellationToken);
}
