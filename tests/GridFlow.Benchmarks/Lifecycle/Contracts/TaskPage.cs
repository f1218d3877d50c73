namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>One page of <c>GET /api/tasks</c>.</summary>
public sealed record TaskPage(IReadOnlyList<TaskRef> Items, int Total);
