using GridFlow.Scheduling.Timers;
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

    /// <summary>Deletes the task's pending timers and inserts <paramref name="timers"/> in their place.</summary>
    public static void Replace(NpgsqlBatch batch, LockedTask task, IReadOnlyList<TimerRequest> timers, DateTimeOffset now)
    {
        StepCommands.Add(batch, "DELETE FROM workflow_timers WHERE task_id = $1 AND status = 'pending'", task.TaskId);
        StepCommands.Add(batch, """
            INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, status, created_at)
            SELECT u.id, $1, $2, $3, u.kind, u.due_at, u.level, u.role, u.scope, u.card, u.outcome, 'pending', $4
            FROM unnest($5::uuid[], $6::text[], $7::timestamptz[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[])
                AS u(id, kind, due_at, level, role, scope, card, outcome)
            """,
            task.TaskId, task.InstanceId, task.Issue.Id, now,
            timers.Select(_ => Guid.CreateVersion7()).ToArray(),
            timers.Select(t => KindName(t.Kind)).ToArray(),
            timers.Select(t => t.DueAt.ToUniversalTime()).ToArray(),
            timers.Select(t => t.Level).ToArray(),
            timers.Select(t => t.Role).ToArray(),
            timers.Select(t => t.Scope).ToArray(),
            timers.Select(t => t.Card).ToArray(),
            timers.Select(t => t.Outcome).ToArray());
    }

    private static string KindName(TimerKind kind) => kind switch
    {
        TimerKind.Reminder => TimerKinds.Reminder,
        TimerKind.Due => TimerKinds.Due,
        TimerKind.Escalation => TimerKinds.Escalation,
        _ => TimerKinds.Timeout,
    };
}
