namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>A GeoJSON polygon: rings of [lon, lat] positions, the first the outer ring.</summary>
public sealed record GridBoundary(double[][][] Coordinates);
