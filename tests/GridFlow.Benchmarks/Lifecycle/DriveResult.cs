namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>The drive phase: every completion's figures and how many issues reached <c>closed</c>.</summary>
public sealed record DriveResult(PhaseFigures Completions, long ClosedIssues);
