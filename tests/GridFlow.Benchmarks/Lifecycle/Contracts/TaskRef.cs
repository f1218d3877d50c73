namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The fields of a task the driver needs to pick the next step.</summary>
public sealed record TaskRef(string Id, string IssueId, string ActivityId);
