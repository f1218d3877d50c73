namespace GridFlow.Benchmarks.Locate;

/// <summary>A query point and the grid (lattice index) that must be found there, or <see cref="Outside"/>.</summary>
public readonly record struct Probe(double Lon, double Lat, int Grid)
{
    public const int Outside = -1;

    public bool IsInside => Grid != Outside;
}
