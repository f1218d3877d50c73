namespace GridFlow.Benchmarks.Locate;

/// <summary>What the in-process phase measured; <paramref name="Wrong"/> counts answers from every run, warm-up included.</summary>
public sealed record InProcessFigures(double IndexBuildMs, RunResult Single, RunResult Parallel, long Wrong);
