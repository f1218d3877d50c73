using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Runtime.Engine;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The statements that write one engine step, added to a single <see cref="NpgsqlBatch"/> so a whole transition
/// is one round trip. Multi-row inserts go through <c>unnest</c>, so each statement's text is the same whatever
/// the row count and Npgsql can keep it prepared.
/// </summary>
public static class StepCommands
{
    public static void Add(NpgsqlBatch batch, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Ends the batch's transaction with the batch itself: one round trip less than committing after it. If a statement
    /// before it fails, PostgreSQL skips the rest of the batch, so nothing commits and the transaction rolls back when
    /// it is disposed; after a COMMIT sent this way Npgsql sees the transaction end and disposes it without a rollback.
    /// </summary>
    public static void AddCommit(NpgsqlBatch batch) => batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));

    /// <summary>
    /// Closes the tasks the step closed (the completed one <c>done</c>, the others <c>cancelled</c>) and deletes their
    /// pending timers, in one statement: the tasks' ids come from the UPDATE's RETURNING, so the timers are found
    /// through the partial index on pending timers by task, never by scanning every pending timer. A timer that can
    /// no longer fire is deleted rather than marked: a delete touches no index, an update adds an entry to each.
    /// Fired timers stay, for the escalations they raised.
    /// </summary>
    public static void CloseTasks(NpgsqlBatch batch, Guid instanceId, IReadOnlyList<string> closedActivityIds, TaskDone? done, DateTimeOffset now)
    {
        if (closedActivityIds.Count == 0 && done is null)
        {
            return;
        }

        Add(batch, """
            WITH closed AS (
                UPDATE workflow_tasks SET
                    status = CASE WHEN id = $3 THEN 'done' ELSE 'cancelled' END,
                    completed_at = $4,
                    completed_by = CASE WHEN id = $3 THEN $5 END,
                    outcome = CASE WHEN id = $3 THEN $6 END,
                    comment = CASE WHEN id = $3 THEN $7 END,
                    data = CASE WHEN id = $3 THEN $8::jsonb END
                WHERE instance_id = $1 AND status = 'open' AND (activity_id = ANY($2) OR id = $3)
                RETURNING id)
            DELETE FROM workflow_timers WHERE status = 'pending' AND task_id IN (SELECT id FROM closed)
            """,
            instanceId,
            closedActivityIds.ToArray(),
            new NpgsqlParameter { Value = (object?)done?.TaskId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
            now,
            Text(done?.Actor),
            Text(done?.Outcome),
            Text(done?.Comment),
            Text(done?.Data));
    }

    public static void InsertTasks(NpgsqlBatch batch, Guid instanceId, Guid issueId, IReadOnlyList<OpenedTask> tasks, DateTimeOffset now)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        Add(batch, """
            INSERT INTO workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_user_id,
                assignee_inspector_id, assignee_role, assignee_region_id, due_at, status, outcomes, form, created_at)
            SELECT u.id, $1, $2, u.activity_id, u.name, u.rule, u.user_id, u.inspector_id, u.role, u.region_id, u.due_at,
                'open', u.outcomes::jsonb, u.form::jsonb, $3
            FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::uuid[],
                $12::timestamptz[], $13::text[], $14::text[])
                AS u(id, activity_id, name, rule, user_id, inspector_id, role, region_id, due_at, outcomes, form)
            """,
            instanceId, issueId, now,
            tasks.Select(t => t.Id).ToArray(),
            tasks.Select(t => t.Task.ActivityId).ToArray(),
            tasks.Select(t => t.Task.Name).ToArray(),
            tasks.Select(t => t.Assignee.Rule).ToArray(),
            tasks.Select(t => t.Assignee.UserId).ToArray(),
            tasks.Select(t => t.Assignee.InspectorId).ToArray(),
            tasks.Select(t => t.Assignee.Role).ToArray(),
            tasks.Select(t => t.Assignee.RegionId).ToArray(),
            tasks.Select(t => t.Task.DueAt?.ToUniversalTime()).ToArray(),
            tasks.Select(t => EngineJson.Serialize(t.Task.Outcomes)).ToArray(),
            tasks.Select(t => EngineJson.Serialize(t.Task.Form)).ToArray());

        TimerLadderRows.Insert(
            batch,
            tasks.Select(t => TimerLadder.Of(t.Id, instanceId, issueId, t.Task.Timers.Select(TimerRung.From))).ToList(),
            now);
    }

    public static void InsertJournal(NpgsqlBatch batch, Guid instanceId, Guid issueId, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        Add(batch, """
            INSERT INTO workflow_journal (instance_id, issue_id, at, actor, activity_id, activity_type, event, outcome, comment, data)
            SELECT $1, $2, u.at, u.actor, u.activity_id, u.activity_type, u.event, u.outcome, u.comment, u.data::jsonb
            FROM unnest($3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
                WITH ORDINALITY AS u(at, actor, activity_id, activity_type, event, outcome, comment, data, n)
            ORDER BY u.n
            """,
            instanceId, issueId,
            entries.Select(e => e.At.ToUniversalTime()).ToArray(),
            entries.Select(e => e.Actor).ToArray(),
            entries.Select(e => e.ActivityId).ToArray(),
            entries.Select(e => e.ActivityType).ToArray(),
            entries.Select(e => e.Event).ToArray(),
            entries.Select(e => e.Outcome).ToArray(),
            entries.Select(e => e.Comment).ToArray(),
            entries.Select(e => e.Data?.ToJsonString()).ToArray());
    }

    public static void InsertOutbox(NpgsqlBatch batch, Guid instanceId, Guid issueId, IReadOnlyList<OutboxNotification> notifications, DateTimeOffset now)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        Add(batch, """
            INSERT INTO outbox (id, issue_id, instance_id, activity_id, template, recipients, status, attempts, created_at, next_attempt_at)
            SELECT u.id, $1, $2, u.activity_id, u.template, u.recipients::jsonb, 'pending', 0, $3, $3
            FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[]) AS u(id, activity_id, template, recipients)
            """,
            issueId, instanceId, now,
            notifications.Select(_ => Guid.CreateVersion7()).ToArray(),
            notifications.Select(n => n.ActivityId).ToArray(),
            notifications.Select(n => n.Template).ToArray(),
            notifications.Select(n => EngineJson.Serialize(n.Recipients)).ToArray());
    }

    public static void UpdateInstance(NpgsqlBatch batch, Guid instanceId, WorkflowInstanceState state, DateTimeOffset now) =>
        Add(batch, """
            UPDATE workflow_instances SET state = $2::jsonb, status = $3, revision = revision + 1, updated_at = $4 WHERE id = $1
            """, instanceId, EngineJson.Serialize(state), StatusName(state.Status), now);

    public static void UpdateIssueStatus(NpgsqlBatch batch, Guid issueId, string status, DateTimeOffset now) =>
        Add(batch, "UPDATE issues SET status = $2, updated_at = $3 WHERE id = $1", issueId, status, now);

    public static string StatusName(InstanceStatus status) => status == InstanceStatus.Completed ? "completed" : "running";

    /// <summary>A text parameter that may be null: typed, so the statement's parameter types never depend on the values.</summary>
    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
