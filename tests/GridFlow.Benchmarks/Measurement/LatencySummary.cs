using System.Diagnostics;

namespace GridFlow.Benchmarks.Measurement;

/// <summary>Percentiles of per-call durations measured as <see cref="Stopwatch"/> timestamps.</summary>
public readonly record struct LatencySummary(double P50Microseconds, double P99Microseconds, double MaxMicroseconds)
{
    public double P50Milliseconds => P50Microseconds / 1000;

    public double P99Milliseconds => P99Microseconds / 1000;

    public double MaxMilliseconds => MaxMicroseconds / 1000;

    /// <summary>Sorts <paramref name="ticks"/> in place (the caller is done with them) and reads the percentiles.</summary>
    public static LatencySummary FromTicks(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return default;
        }

        Array.Sort(ticks);
        return new LatencySummary(
            ToMicroseconds(ticks[Index(ticks.Length, 0.50)]),
            ToMicroseconds(ticks[Index(ticks.Length, 0.99)]),
            ToMicroseconds(ticks[^1]));
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least that share of samples at or below it.</summary>
    private static int Index(int count, double share) => Math.Clamp((int)Math.Ceiling(share * count) - 1, 0, count - 1);

    private static double ToMicroseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
