using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>One timed phase: how many calls succeeded, its wall time, and the latency of each call.</summary>
public sealed record PhaseFigures(long Count, TimeSpan Elapsed, LatencySummary Latency)
{
    public double PerSecond => Elapsed > TimeSpan.Zero ? Count / Elapsed.TotalSeconds : 0;
}
