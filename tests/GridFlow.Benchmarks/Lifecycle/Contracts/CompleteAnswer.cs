namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The answer of <c>POST /api/tasks/{id}/complete</c>: the issue's new status and its open tasks.</summary>
public sealed record CompleteAnswer(string IssueId, string Status, IReadOnlyList<TaskRef> OpenTasks);
