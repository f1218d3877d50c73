namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>What the load wrote (rows per table) and how long it took, VACUUM (ANALYZE) included.</summary>
public sealed record LoadFigures(IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed, TimeSpan Vacuum);
