namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The part of <c>GET /api/grids/{id}</c> the benchmark needs: the GeoJSON boundary.</summary>
public sealed record GridAnswer(string Id, string Code, GridBoundary Boundary);
