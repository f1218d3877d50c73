namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>GeoJSON polygons for requests.</summary>
public static class Polygons
{
    /// <summary>An axis-aligned rectangle as a closed GeoJSON Polygon.</summary>
    public static object Rectangle(double minLon, double minLat, double maxLon, double maxLat) => new
    {
        type = "Polygon",
        coordinates = new[]
        {
            new[] { new[] { minLon, minLat }, new[] { maxLon, minLat }, new[] { maxLon, maxLat }, new[] { minLon, maxLat }, new[] { minLon, minLat } },
        },
    };

    public static object Ring(params double[][] positions) => new { type = "Polygon", coordinates = new[] { positions } };
}
