namespace GridFlow.Assessments.Patrols;

/// <summary>A track as distance over time: each point's time (seconds) and the geodesic metres walked up to it.</summary>
public sealed record TrackProfile(IReadOnlyList<double> Seconds, IReadOnlyList<double> Meters)
{
    /// <summary>
    /// The top speed in km/h over the shortest stretches that last at least <paramref name="windowSeconds"/> (one pass,
    /// two pointers); a track shorter than the window is one stretch.
    /// </summary>
    public double TopKmh(int windowSeconds)
    {
        var n = Seconds.Count;
        if (n < 2)
        {
            return 0;
        }

        var best = -1.0;
        var start = -1;
        for (var end = 1; end < n; end++)
        {
            // The latest start from which the stretch up to this end still lasts the window.
            while (start + 1 < end && Seconds[end] - Seconds[start + 1] >= windowSeconds)
            {
                start++;
            }

            if (start >= 0 && Seconds[end] - Seconds[start] >= windowSeconds)
            {
                best = Math.Max(best, Kmh(start, end));
            }
        }

        return best >= 0 ? best : Kmh(0, n - 1);
    }

    private double Kmh(int from, int to)
    {
        var seconds = Seconds[to] - Seconds[from];
        return seconds > 0 ? (Meters[to] - Meters[from]) / seconds * 3.6 : 0;
    }
}
