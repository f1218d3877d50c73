namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Adds everything one step of a running instance writes to a batch, through each table's writer: tasks closed and
/// opened (with their timers), journal, outbox, state, status.
/// </summary>
public sealed class StepApplier(TaskOpener opener)
{
    public async Task<IReadOnlyList<OpenedTask>> AddAsync(
        NpgsqlBatch batch, Guid instanceId, IssueContext issue, StepResult step, TaskDone? done, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        TaskRows.Close(batch, instanceId, step.ClosedTasks, done, now);
        var opened = await AddOpenedAsync(batch, instanceId, issue, step, done?.TaskId, actor, now, cancellationToken);
        InstanceRows.UpdateState(batch, instanceId, step.State, now);
        if (step.State.IssueStatus is { } status && status != issue.Status)
        {
            IssueRows.SetStatus(batch, issue.Id, status, now);
        }

        return opened;
    }

    /// <summary>
    /// The tasks a step opens, its journal (the automatic activities a person's action set off are journaled under
    /// their name) and its outbox, each notification with the task it is about. A start writes only these: its issue and
    /// instance rows are new.
    /// </summary>
    public async Task<IReadOnlyList<OpenedTask>> AddOpenedAsync(
        NpgsqlBatch batch, Guid instanceId, IssueContext issue, StepResult step, Guid? completedTaskId, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opened = await opener.ResolveAsync(step.OpenedTasks, issue, cancellationToken);
        TaskRows.Insert(batch, instanceId, issue.Id, opened, now);
        JournalRows.Add(batch, JournalRows.Of(instanceId, issue.Id, step.Journal, actor));
        OutboxRows.Add(
            batch,
            step.Notifications.Select(n => new OutboxRow(issue.Id, instanceId, TaskOf(n, opened, completedTaskId), n.ActivityId, n.Template, OutboxRecipients.Of(n.Recipients))).ToList(),
            now);
        return opened;
    }

    private static Guid? TaskOf(OutboxNotification notification, IReadOnlyList<OpenedTask> opened, Guid? completedTaskId) =>
        notification.OpenedTask is { } index ? opened[index].Id : notification.AboutCompletedTask ? completedTaskId : null;
}
