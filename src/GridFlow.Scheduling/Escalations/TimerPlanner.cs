using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Scheduling.Escalations;

/// <summary>
/// Reschedules a task's timers for a new due time, as the engine would have planned them: each reminder at the
/// same share of the (new) time left, the deadline (or timeout) at the new due time, and the escalation rungs
/// counted from it with the working-day calendar. The old pending timers are deleted in the same batch.
/// </summary>
public sealed class TimerPlanner(IWorkflowDefinitionStore definitions, IWorkingCalendarProvider calendars)
{
    public async Task<IReadOnlyList<TimerRequest>> PlanAsync(LockedTask task, DateTimeOffset newDueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetVersionAsync(task.DefinitionId, task.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {task.DefinitionId} v{task.Version} of a running instance is missing.");
        if (definition.Root.Find(task.ActivityId) is not UserTaskActivity activity)
        {
            return [new TimerRequest(task.ActivityId, TimerKind.Due, newDueAt)];
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var left = newDueAt - now;
        var timers = activity.Reminders.Select(r => new TimerRequest(activity.Id, TimerKind.Reminder, now + (left * r.AtPercent / 100))).ToList();
        if (activity.TimeoutOutcome is { } outcome)
        {
            timers.Add(new TimerRequest(activity.Id, TimerKind.Timeout, newDueAt, Outcome: outcome));
            return timers;
        }

        timers.Add(new TimerRequest(activity.Id, TimerKind.Due, newDueAt));
        timers.AddRange(activity.Escalations.Select(e =>
            new TimerRequest(activity.Id, TimerKind.Escalation, e.After.AddTo(newDueAt, calendar), e.Level, e.Role, e.Scope, e.Card)));
        return timers;
    }

    /// <summary>Deletes the task's pending timers and writes <paramref name="timers"/> as its new ladder.</summary>
    public static void Replace(NpgsqlBatch batch, LockedTask task, IReadOnlyList<TimerRequest> timers, DateTimeOffset now)
    {
        StepCommands.Add(batch, "DELETE FROM workflow_timers WHERE task_id = $1 AND status = 'pending'", task.TaskId);
        TimerLadderRows.Insert(batch, [TimerLadder.Of(task.TaskId, task.InstanceId, task.Issue.Id, timers.Select(TimerRung.From))], now);
    }
}
