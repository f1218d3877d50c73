using System.Globalization;

namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>
/// Tracks of known geodesic length for tests: walks due north along a meridian, where a step of a given length is a
/// known change of latitude (the WGS84 meridian's radius of curvature; over a few kilometres the error is far below a
/// millimetre), one point per step at a given interval.
/// </summary>
public static class Walk
{
    private const double A = 6378137.0, E2 = 0.00669437999014;

    /// <summary>Degrees of latitude for <paramref name="meters"/> northwards from <paramref name="lat"/>.</summary>
    public static double NorthDegrees(double lat, double meters)
    {
        var phi = lat * Math.PI / 180;
        var sin = Math.Sin(phi);
        var m = A * (1 - E2) / Math.Pow(1 - (E2 * sin * sin), 1.5);
        return meters / m * 180 / Math.PI;
    }

    /// <summary>Degrees of longitude for <paramref name="meters"/> eastwards at <paramref name="lat"/> (the prime vertical's radius).</summary>
    public static double EastDegrees(double lat, double meters)
    {
        var phi = lat * Math.PI / 180;
        var sin = Math.Sin(phi);
        var n = A / Math.Sqrt(1 - (E2 * sin * sin));
        return meters / (n * Math.Cos(phi)) * 180 / Math.PI;
    }

    /// <summary>Points from (lon, lat) northwards: each leg is (metres, seconds), the first point at <paramref name="start"/>.</summary>
    public static List<object> North(double lon, double lat, DateTimeOffset start, params (double Meters, double Seconds)[] legs)
    {
        var points = new List<object> { Point(lon, lat, start) };
        var at = start;
        foreach (var (meters, seconds) in legs)
        {
            lat += NorthDegrees(lat, meters);
            at = at.AddSeconds(seconds);
            points.Add(Point(lon, lat, at));
        }

        return points;
    }

    /// <summary>Evenly: <paramref name="count"/> steps of <paramref name="meters"/> each <paramref name="seconds"/> apart.</summary>
    public static (double, double)[] Steps(int count, double meters, double seconds) => Enumerable.Repeat((meters, seconds), count).ToArray();

    /// <summary>
    /// Uploads a patrol walking north from (lon, lat) along <paramref name="legs"/>: finished at its last point, or still
    /// recording with <paramref name="finished"/> false. Returns the patrol as the server answered.
    /// </summary>
    public static async Task<JsonElement> UploadAsync(HttpClient inspector, Guid gridId, double lon, double lat, DateTimeOffset start, (double, double)[] legs, bool finished = true)
    {
        DateTimeOffset? end = finished ? start.AddSeconds(legs.Sum(l => l.Item2)) : null;
        var response = await inspector.PostAsJsonAsync("/api/patrols", new { gridId, startedAt = start, endedAt = end, points = North(lon, lat, start, legs) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object Point(double lon, double lat, DateTimeOffset at) => new { lat, lon, at = at.ToString("O", CultureInfo.InvariantCulture), accuracy = 5 };
}
