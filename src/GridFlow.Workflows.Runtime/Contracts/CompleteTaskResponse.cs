namespace GridFlow.Workflows.Runtime.Contracts;

public sealed record CompleteTaskResponse(string IssueId, string Status, IReadOnlyList<TaskView> OpenTasks);
