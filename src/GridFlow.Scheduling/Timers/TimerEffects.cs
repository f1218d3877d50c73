using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Scheduling.Timers;

/// <summary>
/// Collects the effects of the timers of one sweep and writes them as one batch of set-based statements (each
/// statement's text is fixed, the rows come as arrays), so a sweep of hundreds of timers is one round trip.
/// </summary>
public sealed class TimerEffects(DateTimeOffset now, string node)
{
    private readonly List<Guid> fired = [];
    private readonly List<Guid> cancelled = [];
    private readonly List<DueTimer> firedRungs = [];
    private readonly List<TimerLadder> ladders = [];
    private readonly List<(Guid Issue, Guid Instance, Guid Task, string Activity, string Template, string Recipients)> outbox = [];
    private readonly HashSet<Guid> overdueIssues = [];
    private readonly List<(DueTimer Timer, Guid RegionId)> escalations = [];
    private readonly List<(Guid Instance, Guid Issue, string Activity, string Event, string Comment)> journal = [];

    public int Fired => fired.Count + firedRungs.Count;

    public int Cancelled => cancelled.Count;

    /// <summary>
    /// Adds what <paramref name="timer"/> does to its open task, then moves the task's ladder on. Later rungs that are
    /// already due fire in this sweep too, each as a fired row of its own, so a node that was down catches up at once.
    /// The first rung not yet due becomes the task's pending row. So does a due timeout, which completes the task
    /// through the engine and so is left to the next sweep's timeout pass.
    /// </summary>
    public void Fire(DueTimer timer, TaskTarget task)
    {
        fired.Add(timer.Id);
        Apply(timer, task);
        var rest = timer.Rest;
        var next = 0;
        for (; next < rest.Count && rest[next].DueAt <= now && rest[next].Kind != TimerKinds.Timeout; next++)
        {
            var rung = rest[next];
            var chained = timer with
            {
                Id = Guid.CreateVersion7(), Kind = rung.Kind, DueAt = rung.DueAt, Level = rung.Level, Role = rung.Role,
                Scope = rung.Scope, Card = rung.Card, Outcome = rung.Outcome, Rest = [],
            };
            firedRungs.Add(chained);
            Apply(chained, task);
        }

        if (next < rest.Count)
        {
            ladders.Add(new TimerLadder(timer.TaskId, timer.InstanceId, timer.IssueId, rest.Skip(next).ToList()));
        }
    }

    private void Apply(DueTimer timer, TaskTarget task)
    {
        switch (timer.Kind)
        {
            case TimerKinds.Reminder:
                outbox.Add((timer.IssueId, timer.InstanceId, timer.TaskId, task.ActivityId, KnownTemplates.TaskReminder, Recipients.TaskAssignee));
                break;
            case TimerKinds.Due:
                overdueIssues.Add(timer.IssueId);
                outbox.Add((timer.IssueId, timer.InstanceId, timer.TaskId, task.ActivityId, KnownTemplates.TaskOverdue, Recipients.TaskAssignee));
                journal.Add((timer.InstanceId, timer.IssueId, task.ActivityId, "overdue", "已逾期 overdue"));
                break;
            case TimerKinds.Escalation:
                var region = task.RegionFor(timer.Scope);
                escalations.Add((timer, region));
                outbox.Add((timer.IssueId, timer.InstanceId, timer.TaskId, task.ActivityId, KnownTemplates.IssueEscalated, Recipients.Role(timer.Role ?? "", region)));
                journal.Add((timer.InstanceId, timer.IssueId, task.ActivityId, "escalated", EscalationCardNames.Describe(timer.Card, timer.Level ?? 0)));
                break;
        }
    }

    /// <summary>Marks a timer fired whose effect was written elsewhere (a timeout completed its task).</summary>
    public void MarkFired(Guid timerId) => fired.Add(timerId);

    /// <summary>The timer's task is no longer open: it will never fire.</summary>
    public void Cancel(Guid timerId) => cancelled.Add(timerId);

    public void AddTo(NpgsqlBatch batch)
    {
        if (fired.Count > 0)
        {
            // lease_owner records which node fired the timer, for operators (the claim itself is the row lock).
            StepCommands.Add(batch, "UPDATE workflow_timers SET status = 'fired', fired_at = $2, lease_owner = $3 WHERE id = ANY($1)", fired.ToArray(), now, node);
        }

        // The rungs fired from a ladder's rest get rows of their own, with the ids their escalations refer to.
        TimerLadderRows.InsertFired(
            batch,
            firedRungs.Select(t => (t.Id, new TimerLadder(t.TaskId, t.InstanceId, t.IssueId, [new TimerRung(t.Kind, t.DueAt, t.Level, t.Role, t.Scope, t.Card, t.Outcome)]))).ToList(),
            now,
            node);
        TimerLadderRows.Insert(batch, ladders, now);
        if (cancelled.Count > 0)
        {
            // A timer that can no longer fire is deleted (as when its task closes); only fired timers are kept.
            StepCommands.Add(batch, "DELETE FROM workflow_timers WHERE id = ANY($1) AND status = 'pending'", cancelled.ToArray());
        }

        AddOutbox(batch);
        if (overdueIssues.Count > 0)
        {
            StepCommands.Add(batch, "UPDATE issues SET overdue = true, updated_at = $2 WHERE id = ANY($1)", overdueIssues.ToArray(), now);
        }

        AddEscalations(batch);
        AddJournal(batch);
    }

    private void AddOutbox(NpgsqlBatch batch)
    {
        if (outbox.Count == 0)
        {
            return;
        }

        StepCommands.Add(batch, """
            INSERT INTO outbox (id, issue_id, instance_id, task_id, activity_id, template, recipients, status, attempts, created_at, next_attempt_at)
            SELECT u.id, u.issue_id, u.instance_id, u.task_id, u.activity_id, u.template, u.recipients::jsonb, 'pending', 0, $1, $1
            FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[])
                AS u(id, issue_id, instance_id, task_id, activity_id, template, recipients)
            """,
            now,
            outbox.Select(_ => Guid.CreateVersion7()).ToArray(),
            outbox.Select(o => o.Issue).ToArray(),
            outbox.Select(o => o.Instance).ToArray(),
            outbox.Select(o => o.Task).ToArray(),
            outbox.Select(o => o.Activity).ToArray(),
            outbox.Select(o => o.Template).ToArray(),
            outbox.Select(o => o.Recipients).ToArray());
    }

    private void AddEscalations(NpgsqlBatch batch)
    {
        if (escalations.Count == 0)
        {
            return;
        }

        // timer_id is unique: a timer raises its escalation once, however often it is fired.
        StepCommands.Add(batch, """
            INSERT INTO escalations (id, issue_id, task_id, timer_id, level, card, role, region_id, raised_at, status)
            SELECT u.id, u.issue_id, u.task_id, u.timer_id, u.level, u.card, u.role, u.region_id, $1, 'open'
            FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::uuid[])
                AS u(id, issue_id, task_id, timer_id, level, card, role, region_id)
            ON CONFLICT (timer_id) DO NOTHING
            """,
            now,
            escalations.Select(_ => Guid.CreateVersion7()).ToArray(),
            escalations.Select(e => e.Timer.IssueId).ToArray(),
            escalations.Select(e => e.Timer.TaskId).ToArray(),
            escalations.Select(e => e.Timer.Id).ToArray(),
            escalations.Select(e => e.Timer.Level ?? 0).ToArray(),
            escalations.Select(e => e.Timer.Card ?? "").ToArray(),
            escalations.Select(e => e.Timer.Role ?? "").ToArray(),
            escalations.Select(e => e.RegionId).ToArray());
        StepCommands.Add(batch, """
            UPDATE issues s SET escalation_level = greatest(s.escalation_level, u.level), updated_at = $3
            FROM (SELECT id, max(level) AS level FROM unnest($1::uuid[], $2::int[]) AS x(id, level) GROUP BY id) u
            WHERE s.id = u.id
            """,
            escalations.Select(e => e.Timer.IssueId).ToArray(),
            escalations.Select(e => e.Timer.Level ?? 0).ToArray(),
            now);
    }

    private void AddJournal(NpgsqlBatch batch)
    {
        if (journal.Count == 0)
        {
            return;
        }

        StepCommands.Add(batch, """
            INSERT INTO workflow_journal (instance_id, issue_id, at, actor, activity_id, activity_type, event, comment)
            SELECT u.instance_id, u.issue_id, $1, 'system', u.activity_id, $2, u.event, u.comment
            FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS u(instance_id, issue_id, activity_id, event, comment)
            """,
            now, ActivityTypeNames.UserTask,
            journal.Select(j => j.Instance).ToArray(),
            journal.Select(j => j.Issue).ToArray(),
            journal.Select(j => j.Activity).ToArray(),
            journal.Select(j => j.Event).ToArray(),
            journal.Select(j => j.Comment).ToArray());
    }
}
