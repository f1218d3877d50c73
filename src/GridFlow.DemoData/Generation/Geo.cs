namespace GridFlow.DemoData.Generation;

/// <summary>Geometry helpers shared by the layout steps.</summary>
internal static class Geo
{
    /// <summary>
    /// Coordinates are snapped to 1e-6° (about 0.1 m): neighbours then share their edges bit for bit,
    /// so touching polygons never overlap by a rounding error.
    /// </summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(1_000_000), 4326);

    /// <summary>
    /// Length of a degree of longitude relative to a degree of latitude at 聊城's latitude (~36.5°N).
    /// Layout works in these scaled units so that cells look square on a map.
    /// </summary>
    public static readonly double LonScale = Math.Cos(36.5 * Math.PI / 180);

    public static double Snap(double value) => Factory.PrecisionModel.MakePrecise(value);

    /// <summary>An axis-aligned rectangle with a counter-clockwise shell (as RFC 7946 asks of GeoJSON).</summary>
    public static Polygon Rectangle(double minLon, double minLat, double maxLon, double maxLat) =>
        Factory.CreatePolygon(
        [
            new Coordinate(minLon, minLat),
            new Coordinate(maxLon, minLat),
            new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat),
            new Coordinate(minLon, minLat),
        ]);

    public static Polygon Rectangle(Envelope envelope) =>
        Rectangle(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);

    /// <summary>
    /// Splits [min, max] into <paramref name="parts"/> snapped intervals; inner edges move by up to
    /// ±<paramref name="jitter"/> of a part so the pattern looks less like graph paper. The ends stay
    /// exactly <paramref name="min"/> and <paramref name="max"/>, which keeps the parts inside the whole.
    /// </summary>
    public static double[] Split(double min, double max, int parts, double jitter, SeededRandom random)
    {
        var edges = new double[parts + 1];
        var step = (max - min) / parts;
        edges[0] = min;
        edges[parts] = max;
        for (var i = 1; i < parts; i++)
        {
            edges[i] = Snap(min + ((i + random.Between(-jitter, jitter)) * step));
        }

        return edges;
    }
}
