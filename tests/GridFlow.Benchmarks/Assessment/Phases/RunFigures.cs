namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>How the monthly run went: null id when the run API answered 404 (not there yet).</summary>
public sealed record RunFigures(string? RunId, string Status, double Seconds, int Inspectors, string? Error)
{
    public bool Available => RunId is not null;

    public static RunFigures Unavailable { get; } = new(null, "unavailable", double.NaN, 0, null);
}
