namespace GridFlow.Benchmarks.Locate;

/// <summary>How one HTTP lookup ended: the expected answer, a wrong grid (or none), or not an answer at all.</summary>
internal enum Outcome
{
    Right,
    Wrong,
    Failed,
}
