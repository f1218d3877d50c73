namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Distances for the generated patrols' summaries. Haversine on the mean earth radius is within 0.5 % of PostGIS's
/// spheroid length at these latitudes: the bench's rules keep valid patrols well clear of the rule's limits, so the
/// summary stored says what PostGIS would have said.
/// </summary>
public static class Geodesy
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public static double Meters(double lon1, double lat1, double lon2, double lat2)
    {
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The share of a segment inside an axis-aligned box (Liang–Barsky clipping), so the inside ratio of a track that
    /// leaves its grid is what ST_Intersection with the square grid gives.
    /// </summary>
    public static double InsideShare(TrackPoint a, TrackPoint b, double minLon, double minLat, double maxLon, double maxLat)
    {
        var (t0, t1) = (0.0, 1.0);
        var dx = b.Lon - a.Lon;
        var dy = b.Lat - a.Lat;
        foreach (var (p, q) in new[] { (-dx, a.Lon - minLon), (dx, maxLon - a.Lon), (-dy, a.Lat - minLat), (dy, maxLat - a.Lat) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return 0;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }
        }

        return Math.Max(0, t1 - t0);
    }
}
