namespace GridFlow.Regions.Scoping;

/// <summary>Restricts queries to what a caller may see; anything filtered out answers 404, never 403.</summary>
public static class ScopedQueries
{
    public static IQueryable<Grid> VisibleTo(this IQueryable<Grid> grids, Caller caller)
    {
        if (caller.IsInspectorOnly)
        {
            return grids.Where(g => g.InspectorId == caller.InspectorId);
        }

        return caller.RegionPrefix is { } prefix ? grids.Where(g => g.Region!.Path.StartsWith(prefix)) : grids;
    }

    public static IQueryable<Region> VisibleTo(this IQueryable<Region> regions, Caller caller) =>
        caller.RegionPrefix is { } prefix ? regions.Where(r => r.Path.StartsWith(prefix)) : regions;

    public static IQueryable<Inspector> VisibleTo(this IQueryable<Inspector> inspectors, Caller caller)
    {
        if (caller.IsInspectorOnly)
        {
            return inspectors.Where(i => i.Id == caller.InspectorId);
        }

        return caller.RegionPrefix is { } prefix ? inspectors.Where(i => i.Region!.Path.StartsWith(prefix)) : inspectors;
    }

    /// <summary>The in-memory twin of <see cref="VisibleTo(IQueryable{Grid}, Caller)"/>, for the spatial index.</summary>
    public static bool CanSeeGrid(this Caller caller, string regionPath, Guid? inspectorId) =>
        caller.IsInspectorOnly
            ? inspectorId == caller.InspectorId
            : caller.RegionPrefix is not { } prefix || regionPath.StartsWith(prefix, StringComparison.Ordinal);
}
