namespace GridFlow.Regions.Spatial;

/// <summary>Converts a stored polygon to its GeoJSON form.</summary>
public static class PolygonGeoJson
{
    public static GeoJsonPolygon ToGeoJson(this Polygon polygon) => new(
        "Polygon",
        new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings)
            .Select(ring => ring.Coordinates.Select(c => new[] { c.X, c.Y }).ToArray())
            .ToArray());
}
