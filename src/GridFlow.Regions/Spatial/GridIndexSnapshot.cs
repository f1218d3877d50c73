using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GridFlow.Regions.Spatial;

/// <summary>An immutable STR-tree over every grid, built once and then shared by all lookups without locks.</summary>
public sealed class GridIndexSnapshot
{
    private readonly STRtree<GridIndexEntry> tree = new();

    public GridIndexSnapshot(IReadOnlyCollection<GridIndexEntry> entries, DatabaseStamp stamp)
    {
        foreach (var entry in entries)
        {
            tree.Insert(entry.Boundary.EnvelopeInternal, entry);
        }

        tree.Build();
        Count = entries.Count;
        Stamp = stamp;
    }

    public int Count { get; }

    /// <summary>The database state this snapshot was built from.</summary>
    public DatabaseStamp Stamp { get; }

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
