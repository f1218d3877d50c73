using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Index.Strtree;

namespace GridFlow.Regions.Spatial;

/// <summary>An immutable STR-tree over every grid, built once and then shared by all lookups without locks.</summary>
public sealed class GridIndexSnapshot
{
    private readonly STRtree<GridIndexEntry> tree = new();
    private readonly Dictionary<Guid, GridIndexEntry> byId;
    private readonly Dictionary<Guid, List<GridIndexEntry>> byTownship;
    private readonly Dictionary<Guid, List<Guid>> byInspector;

    public GridIndexSnapshot(IReadOnlyCollection<GridIndexEntry> entries, DatabaseStamp stamp)
    {
        foreach (var entry in entries)
        {
            tree.Insert(entry.Boundary.EnvelopeInternal, entry);
        }

        tree.Build();
        byId = entries.ToDictionary(e => e.Id);
        byTownship = entries.GroupBy(e => e.RegionId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Code, StringComparer.Ordinal).ToList());
        byInspector = entries.Where(e => e.InspectorId is not null).GroupBy(e => e.InspectorId!.Value).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToList());
        Count = entries.Count;
        Stamp = stamp;
    }

    public int Count { get; }

    /// <summary>The database state this snapshot was built from.</summary>
    public DatabaseStamp Stamp { get; }

    /// <summary>Every grid.</summary>
    public IEnumerable<GridIndexEntry> All => byId.Values;

    /// <summary>The grid with this id, or null.</summary>
    public GridIndexEntry? Find(Guid gridId) => byId.GetValueOrDefault(gridId);

    /// <summary>The ids of the grids an inspector is responsible for.</summary>
    public IReadOnlyList<Guid> InspectorGrids(Guid inspectorId) => byInspector.GetValueOrDefault(inspectorId) ?? [];

    /// <summary>The grids of a township, by code.</summary>
    public IReadOnlyList<GridIndexEntry> InTownship(Guid townshipId) => byTownship.GetValueOrDefault(townshipId) ?? [];

    /// <summary>
    /// Grids whose boundary covers the point, by code. A point on an edge two grids share is in both;
    /// callers take the first, so the answer is the same on every node.
    /// </summary>
    public List<GridIndexEntry> Locate(double lon, double lat)
    {
        var point = new Coordinate(lon, lat);
        var found = tree.Query(new Envelope(point));
        var hits = new List<GridIndexEntry>(1);
        foreach (var entry in found)
        {
            if (SimplePointInAreaLocator.Locate(point, entry.Boundary) != Location.Exterior)
            {
                hits.Add(entry);
            }
        }

        if (hits.Count > 1)
        {
            hits.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        }

        return hits;
    }
}
