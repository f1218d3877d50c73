namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>A task the step opens, with the id it gets and its resolved assignee.</summary>
public sealed record OpenedTask(Guid Id, UserTaskToOpen Task, ResolvedAssignee Assignee);
