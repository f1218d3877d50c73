namespace GridFlow.Regions.Directory;

/// <summary>
/// Where inspectors belong, for modules that must not read the inspectors table themselves: the region path of each
/// (their township's), so that a caller can check an inspector lies within a region by a prefix.
/// </summary>
public sealed class InspectorRegions(GridFlowDbContext db)
{
    /// <summary>The region path of each of <paramref name="inspectorIds"/> that exists; unknown ids are missing from the answer.</summary>
    public async Task<Dictionary<Guid, string>> PathsAsync(IReadOnlyCollection<Guid> inspectorIds, CancellationToken cancellationToken) =>
        inspectorIds.Count == 0
            ? []
            : await db.Inspectors.AsNoTracking().Where(i => inspectorIds.Contains(i.Id))
                .Select(i => new { i.Id, i.Region!.Path }).ToDictionaryAsync(i => i.Id, i => i.Path, cancellationToken);
}
