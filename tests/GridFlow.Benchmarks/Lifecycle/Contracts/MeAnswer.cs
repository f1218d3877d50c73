namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The part of <c>GET /api/me</c> the benchmark needs: the inspector's grids.</summary>
public sealed record MeAnswer(string Id, IReadOnlyList<string> GridIds);
