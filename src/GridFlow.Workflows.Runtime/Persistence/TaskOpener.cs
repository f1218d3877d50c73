namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>Gives each task a step opens its id and its concrete assignee.</summary>
public sealed class TaskOpener(AssigneeResolver assignees)
{
    public async ValueTask<List<OpenedTask>> ResolveAsync(IReadOnlyList<UserTaskToOpen> tasks, IssueContext issue, CancellationToken cancellationToken)
    {
        var opened = new List<OpenedTask>(tasks.Count);
        foreach (var task in tasks)
        {
            opened.Add(new OpenedTask(Guid.CreateVersion7(), task, await assignees.ResolveAsync(task.Assignee, issue, cancellationToken)));
        }

        return opened;
    }
}
