using GridFlow.Data.ReferenceData;

namespace GridFlow.Regions.Directory;

/// <summary>
/// Every region's id, level and parent in memory (a province has a few thousand), so that reporting an issue
/// finds its county and city without a query. Reloaded when an unknown township shows up.
/// </summary>
public sealed class RegionDirectory(ReferenceDataContexts referenceData)
{
    private volatile Dictionary<Guid, RegionEntry>? regions;

    public async ValueTask<RegionEntry?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var map = regions ?? await LoadAsync(cancellationToken);
        if (map.TryGetValue(id, out var entry))
        {
            return entry;
        }

        map = await LoadAsync(cancellationToken);
        return map.GetValueOrDefault(id);
    }

    /// <summary>The ancestor of <paramref name="id"/> at <paramref name="level"/> (the region itself if it is at that level).</summary>
    public async ValueTask<RegionEntry?> AncestorAsync(Guid id, RegionLevel level, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        while (entry is not null && entry.Level != level)
        {
            entry = entry.ParentId is { } parent ? await FindAsync(parent, cancellationToken) : null;
        }

        return entry;
    }

    /// <summary>The regions directly below <paramref name="parentId"/> (null: the top-level regions), by code.</summary>
    public async ValueTask<List<RegionEntry>> ChildrenAsync(Guid? parentId, CancellationToken cancellationToken)
    {
        var map = regions ?? await LoadAsync(cancellationToken);
        return [.. map.Values.Where(r => r.ParentId == parentId).OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<Guid, RegionEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = referenceData.Create();
        var loaded = await db.Regions.AsNoTracking()
            .Select(r => new RegionEntry(r.Id, r.Code, r.Name, r.Level, r.ParentId, r.Path))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        regions = loaded;
        return loaded;
    }
}
