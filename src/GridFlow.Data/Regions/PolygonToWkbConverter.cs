using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.IO;

namespace GridFlow.Data.Regions;

/// <summary>
/// Stores polygons as WKB in a <c>bytea</c> column. PostGIS is not assumed to be installed: spatial
/// queries run in memory on NetTopologySuite indexes, so the database only has to keep the shape.
/// </summary>
public sealed class PolygonToWkbConverter() : ValueConverter<Polygon, byte[]>(
    polygon => new WKBWriter().Write(polygon),
    bytes => (Polygon)new WKBReader().Read(bytes))
{
    /// <summary>Polygons are mutable reference types; compare them by their exact coordinates.</summary>
    public static readonly ValueComparer<Polygon> Comparer = new(
        (a, b) => a == null ? b == null : b != null && a.EqualsExact(b),
        p => p.EnvelopeInternal.GetHashCode(),
        p => (Polygon)p.Copy());
}
