namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>The part of a run (<c>GET /api/assessment-runs/{id}</c>, api.md) the benchmark reads.</summary>
public sealed record RunAnswer(string Id, string Status, int? Inspectors, string? Error);
