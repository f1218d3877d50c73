using GridFlow.Regions.Directory;

namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>
/// Which issues a statistic counts, as the issues API would show them: the region asked for (or the caller's own, or
/// everywhere for a caller who sees everything), and for an inspector only their grids.
/// </summary>
/// <param name="Region">The region the figures are for; null for the whole deployment.</param>
/// <param name="Prefix">The region path prefix issues must have; null for everywhere.</param>
/// <param name="Grids">For an inspector, the grids they are responsible for; null for everyone else.</param>
public sealed record StatsScope(RegionEntry? Region, string? Prefix, Guid[]? Grids)
{
    /// <summary>
    /// The scope for <paramref name="regionId"/> (or the caller's region when null); null when that region does not
    /// exist or lies outside what the caller may see (the API answers 404, as for an issue).
    /// </summary>
    public static async Task<StatsScope?> ResolveAsync(Caller caller, Guid? regionId, RegionDirectory regions, GridSpatialIndex grids, CancellationToken cancellationToken)
    {
        var id = regionId ?? (caller.SeesAllRegions ? null : caller.RegionId);
        RegionEntry? region = null;
        if (id is { } wanted)
        {
            region = await regions.FindAsync(wanted, cancellationToken);
            if (region is null || (caller.RegionPrefix is { } prefix && !region.Path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return null;
            }
        }
        else if (caller.RegionPrefix is not null)
        {
            // Neither a region of their own nor one that sees everything: nothing to count.
            return null;
        }

        Guid[]? mine = null;
        if (caller.IsInspectorOnly)
        {
            mine = [.. (await grids.GetSnapshotAsync(cancellationToken)).InspectorGrids(caller.InspectorId!.Value)];
        }

        return new StatsScope(region, region?.Path, mine);
    }
}
