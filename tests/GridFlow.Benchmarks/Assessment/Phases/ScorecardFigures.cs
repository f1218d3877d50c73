using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>The scorecard reads: how many answered right, their latency, and the mean facts per scorecard.</summary>
public sealed record ScorecardFigures(long Answered, TimeSpan Elapsed, LatencySummary Latency, double MeanFacts, CpuUsage Cpu);
