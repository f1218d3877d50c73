namespace GridFlow.Accounts.Contracts;

/// <summary>
/// What the accounts need to know of places to scope a user: their region's path (the prefix every scoped query
/// uses) and an inspector's grids. Regions and grids are the Regions module's, which implements this.
/// </summary>
public interface ICallerPlaces
{
    /// <summary>The materialised path of a region, or null when there is no such region.</summary>
    Task<string?> RegionPathAsync(Guid regionId, CancellationToken cancellationToken);

    /// <summary>The ids of the grids an inspector is responsible for, by grid code.</summary>
    Task<IReadOnlyList<string>> GridIdsAsync(Guid inspectorId, CancellationToken cancellationToken);

    /// <summary>The materialised path of an inspector's township, or null when there is no such inspector.</summary>
    Task<string?> InspectorRegionPathAsync(Guid inspectorId, CancellationToken cancellationToken);

    /// <summary>The ids of the regions whose path starts with <paramref name="pathPrefix"/>: a region and all below it.</summary>
    Task<IReadOnlyList<Guid>> RegionIdsUnderAsync(string pathPrefix, CancellationToken cancellationToken);
}
