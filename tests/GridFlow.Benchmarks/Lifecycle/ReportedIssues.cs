namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>The report phase's figures and the issues it created (null where a report failed).</summary>
public sealed record ReportedIssues(PhaseFigures Figures, IReadOnlyList<string?> IssueIds);
