namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The part of the <c>POST /api/issues</c> answer the benchmark needs.</summary>
public sealed record ReportAnswer(string Id, string Status);
