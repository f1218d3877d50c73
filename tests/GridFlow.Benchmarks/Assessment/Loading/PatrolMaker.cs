using GridFlow.Assessments.Options;
using GridFlow.Assessments.Patrols;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Generates finished patrols of ten fixes inside a square grid and measures them as the app does at finish: length
/// and inside share from the points, top speed with the app's <see cref="TrackProfile"/>, rounding and judgement with
/// its <see cref="PatrolSummary"/> under the default rule. Most are walks of 40 minutes or so; some are too short, too
/// little, partly outside the grid or have a stretch driven, in about the shares phones produce.
/// </summary>
public sealed class PatrolMaker(Random random, PatrolRuleOptions rule)
{
    /// <summary>The western share of a grid that valid walks keep to (see <see cref="SourceWriter"/>).</summary>
    public const double WalkedShare = 0.6;

    private const int Points = 10;

    /// <summary>
    /// A patrol of the grid (<paramref name="minLon"/>…<paramref name="maxLat"/>) walked within its western
    /// <see cref="WalkedShare"/>; walks that leave the grid leave it eastwards.
    /// </summary>
    public PatrolFact Make(int inspector, DateTime start, double minLon, double minLat, double maxLon, double maxLat)
    {
        // Inspectors walk the same streets: the grid's east end stays off their usual tracks, so sources there go unvisited.
        var walkMaxLon = minLon + ((maxLon - minLon) * WalkedShare);
        var kind = random.NextDouble();
        // (step metres, speed km/h, may leave the grid, one fast stretch)
        var (step, kmh, leaves, fast) = kind switch
        {
            < 0.86 => (250 + (random.NextDouble() * 170), 3.5 + (random.NextDouble() * 2), false, false),
            < 0.90 => (70 + (random.NextDouble() * 30), 4.0, false, false),          // ten minutes or so: too short and too little
            < 0.93 => (50 + (random.NextDouble() * 20), 1.0, false, false),          // half an hour on the spot: too little distance
            < 0.97 => (300 + (random.NextDouble() * 100), 4.5, true, false),         // walks out of the grid
            _ => (300 + (random.NextDouble() * 100), 4.5, false, true),              // one stretch in a car
        };

        var track = new TrackPoint[Points];
        var (lonScale, latScale) = (1 / (111_320 * Math.Cos(double.DegreesToRadians(minLat))), 1 / 110_574.0);
        var margin = (maxLon - minLon) * 0.05;
        var (lon, lat) = (minLon + margin + (random.NextDouble() * (walkMaxLon - minLon - (2 * margin))), minLat + margin + (random.NextDouble() * (maxLat - minLat - (2 * margin))));
        var seconds = (double)new DateTimeOffset(start).ToUnixTimeSeconds() + random.Next(10, 60);
        track[0] = new TrackPoint(lon, lat, seconds);
        var fastAt = fast ? random.Next(1, Points) : -1;
        for (var i = 1; i < Points; i++)
        {
            // A direction that keeps the walk inside (a few tries), or for a walk that leaves, eastwards from the middle on.
            double nextLon = lon, nextLat = lat;
            for (var attempt = 0; attempt < 12; attempt++)
            {
                var angle = leaves && i > Points / 2 ? random.NextDouble() * 0.6 - 0.3 : random.NextDouble() * Math.Tau;
                nextLon = lon + (Math.Cos(angle) * step * lonScale);
                nextLat = lat + (Math.Sin(angle) * step * latScale);
                var inside = nextLon > minLon + margin && nextLon < walkMaxLon - margin && nextLat > minLat + margin && nextLat < maxLat - margin;
                if (inside || (leaves && i > Points / 2))
                {
                    break;
                }

                if (attempt == 11)
                {
                    // Cornered: the walk turns at the grid's edge instead of leaving it.
                    nextLon = Math.Clamp(nextLon, minLon + margin, walkMaxLon - margin);
                    nextLat = Math.Clamp(nextLat, minLat + margin, maxLat - margin);
                }
            }

            var meters = Geodesy.Meters(lon, lat, nextLon, nextLat);
            var secondsTaken = i == fastAt ? random.Next(40, 60) : meters / (kmh / 3.6);
            seconds += Math.Max(31, secondsTaken);
            (lon, lat) = (nextLon, nextLat);
            track[i] = new TrackPoint(lon, lat, seconds);
        }

        return Measure(inspector, start, track, minLon, minLat, maxLon, maxLat);
    }

    private PatrolFact Measure(int inspector, DateTime start, TrackPoint[] track, double minLon, double minLat, double maxLon, double maxLat)
    {
        var walked = new double[track.Length];
        var times = new double[track.Length];
        var inside = 0.0;
        times[0] = track[0].UnixSeconds;
        for (var i = 1; i < track.Length; i++)
        {
            var meters = Geodesy.Meters(track[i - 1].Lon, track[i - 1].Lat, track[i].Lon, track[i].Lat);
            walked[i] = walked[i - 1] + meters;
            times[i] = track[i].UnixSeconds;
            inside += meters * Geodesy.InsideShare(track[i - 1], track[i], minLon, minLat, maxLon, maxLat);
        }

        var ended = DateTimeOffset.FromUnixTimeMilliseconds((long)(track[^1].UnixSeconds * 1000)).UtcDateTime.AddSeconds(random.Next(5, 90));
        var top = new TrackProfile(times, walked).TopKmh(rule.SpeedWindowSeconds);
        var summary = PatrolSummary.Of(ended - start, walked[^1], inside, top);
        return new PatrolFact(Guid.CreateVersion7(start), inspector, start, ended, track, Ewkb.LineStringM(track), summary, summary.Breaks(rule));
    }
}
