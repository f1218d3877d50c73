using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Locate;

/// <summary>One timed phase: throughput, latency, and how many answers were wrong or failed.</summary>
public sealed record RunResult(long Count, TimeSpan Elapsed, LatencySummary Latency, long WrongAnswers, long Failures)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
