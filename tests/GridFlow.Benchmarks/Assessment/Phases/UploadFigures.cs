using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>The patrol uploads: 201s over the phase, the worst whole second, latency and CPU.</summary>
public sealed record UploadFigures(long Created, TimeSpan Elapsed, long WorstSecond, LatencySummary Latency, CpuUsage Cpu)
{
    public double PerSecond => Created / Elapsed.TotalSeconds;
}
