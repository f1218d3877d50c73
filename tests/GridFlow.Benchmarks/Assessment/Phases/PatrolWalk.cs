using System.Globalization;
using System.Text;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// The body of one finished patrol upload: 100 fixes 30 s apart walking back and forth across the grid at about
/// 4.7 km/h (39 m a fix), so the patrol is valid (49.5 minutes, 3.9 km, all inside, never fast) and the upload is
/// the whole track at once, as a phone that was offline sends it. Written by hand into UTF-8: at 300 uploads a second
/// the client shares the two cores with the server.
/// </summary>
public static class PatrolWalk
{
    public const int Points = 100;
    private const int SecondsApart = 30;
    private const double StepMeters = 39;

    public static byte[] Body(UploadClient client, DateTimeOffset startedAt)
    {
        var lonStep = StepMeters / (111_320 * Math.Cos(double.DegreesToRadians(client.MinLat)));
        var latStep = StepMeters / 110_574.0;
        var margin = (client.MaxLon - client.MinLon) * 0.05;
        var (west, east) = (client.MinLon + margin, client.MaxLon - margin);
        var (lon, lat, eastward) = (west, client.MinLat + margin, true);
        var text = new StringBuilder(8_000);
        var first = startedAt.AddSeconds(5);
        text.Append(CultureInfo.InvariantCulture, $"{{\"gridId\":\"{client.GridId}\",\"startedAt\":\"{startedAt:O}\",\"endedAt\":\"{first.AddSeconds(((Points - 1) * SecondsApart) + 5):O}\",\"points\":[");
        for (var i = 0; i < Points; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}{{\"lat\":{lat:F7},\"lon\":{lon:F7},\"at\":\"{first.AddSeconds(i * SecondsApart):O}\",\"accuracy\":8}}");
            var next = lon + (eastward ? lonStep : -lonStep);
            if (next > east || next < west)
            {
                // Turn at the edge: one step north, then back the other way.
                lat = Math.Min(lat + latStep, client.MaxLat - margin);
                eastward = !eastward;
            }
            else
            {
                lon = next;
            }
        }

        text.Append("]}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>How long before now a patrol starts, so that it ends just before it is sent.</summary>
    public static TimeSpan Duration { get; } = TimeSpan.FromSeconds(((Points - 1) * SecondsApart) + 20);
}
