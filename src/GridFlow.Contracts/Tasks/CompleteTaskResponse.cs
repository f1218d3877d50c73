namespace GridFlow.Contracts.Tasks;

public sealed record CompleteTaskResponse(string IssueId, string Status, IReadOnlyList<TaskView> OpenTasks);
