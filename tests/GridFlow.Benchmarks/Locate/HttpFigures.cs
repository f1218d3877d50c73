namespace GridFlow.Benchmarks.Locate;

/// <summary>What the HTTP phase measured; errors and wrong answers include the warm-up's.</summary>
public sealed record HttpFigures(RunResult Result, long Errors, long Wrong);
