namespace GridFlow.Workflows.Runtime.Tasks;

/// <summary>
/// What may happen to an open task besides its completion, for the supervisors' actions on escalations: a reminder to
/// whoever holds it, a new assignee, a new deadline with its timers planned again. Each adds its writes to the
/// caller's batch; the caller holds the instance's lock (<see cref="TaskLocker"/>), as every transition does.
/// </summary>
public sealed class TaskChanges(IWorkflowDefinitionStore definitions, IWorkingCalendarProvider calendars)
{
    /// <summary>Notifies the task's assignee again.</summary>
    public static void Remind(NpgsqlBatch batch, LockedTask task, DateTimeOffset now) =>
        Notify(batch, task, KnownTemplates.TaskReminder, now);

    /// <summary>
    /// Gives the task to one user, who is told. Reminders resolve the assignee when they fire, so the pending ones
    /// follow the task to its new owner.
    /// </summary>
    public static void Reassign(NpgsqlBatch batch, LockedTask task, string userId, DateTimeOffset now)
    {
        TaskRows.Reassign(batch, task.TaskId, userId);
        Notify(batch, task, KnownTemplates.TaskAssigned, now);
    }

    /// <summary>
    /// Moves the task's deadline to <paramref name="newDueAt"/>: its pending timers are planned again as the engine plans
    /// them for a task that opens now with that deadline (<see cref="TimerPlan"/>), and the issue is no longer overdue.
    /// </summary>
    public async Task ExtendAsync(NpgsqlBatch batch, LockedTask task, DateTimeOffset newDueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetVersionAsync(task.DefinitionId, task.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {task.DefinitionId} v{task.Version} of a running instance is missing.");
        IReadOnlyList<TimerRung> timers = definition.Root.Find(task.ActivityId) is UserTaskActivity activity
            ? TimerPlan.For(activity, now, newDueAt, await calendars.GetAsync(cancellationToken))
            : [new TimerRung(TimerKind.Due, newDueAt)];
        TimerRows.Replace(batch, TimerLadder.Of(task.TaskId, task.InstanceId, task.Issue.Id, timers), now);
        TaskRows.Reschedule(batch, task.TaskId, newDueAt);
        IssueRows.ClearOverdue(batch, task.Issue.Id, now);
    }

    private static void Notify(NpgsqlBatch batch, LockedTask task, string template, DateTimeOffset now) =>
        OutboxRows.Add(batch, [new OutboxRow(task.Issue.Id, task.InstanceId, task.TaskId, task.ActivityId, template, OutboxRecipients.TaskAssignee)], now);
}
