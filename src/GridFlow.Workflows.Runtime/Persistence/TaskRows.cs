using GridFlow.ServiceDefaults.Json;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>workflow_tasks</c>, and the one column list of every query that answers with tasks
/// (<see cref="TaskView"/>). A task's form and outcomes are passed through from <c>jsonb</c> as stored
/// (<see cref="RawJsonList{T}"/>), not parsed and written again. A task's case kind is one primary-key lookup per row
/// of the answer (a page at most), rather than a copy on every task row.
/// </summary>
public static class TaskRows
{
    public const string Columns = """
        t.id, t.issue_id, t.activity_id, t.name, t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role,
        t.assignee_region_id, t.due_at, t.outcomes, t.status, t.form, t.created_at, t.completed_at, t.completed_by, t.outcome,
        (SELECT c.kind FROM issues c WHERE c.id = t.issue_id) AS case_kind
        """;

    /// <summary>The open tasks of an instance, oldest first; the partial index of open tasks per instance answers it.</summary>
    public const string OpenOfInstance = $"SELECT {Columns} FROM workflow_tasks t WHERE t.instance_id = $1 AND t.status = '{TaskStatuses.Open}' ORDER BY t.created_at";

    /// <summary>The open tasks of an issue, oldest first.</summary>
    public const string OpenOfIssue = $"SELECT {Columns} FROM workflow_tasks t WHERE t.issue_id = $1 AND t.status = '{TaskStatuses.Open}' ORDER BY t.created_at";

    public static TaskView Read(NpgsqlDataReader reader) => Read(reader, TaskOrdinals.Of(reader));

    public static TaskView Read(NpgsqlDataReader reader, TaskOrdinals at) => new(
        reader.GetGuid(at.Id).ToString(),
        reader.GetGuid(at.IssueId).ToString(),
        reader.GetString(at.ActivityId),
        reader.GetString(at.Name),
        new AssigneeView(
            reader.GetString(at.AssigneeRule),
            reader.IsDBNull(at.AssigneeUserId) ? null : reader.GetString(at.AssigneeUserId),
            reader.IsDBNull(at.AssigneeInspectorId) ? null : reader.GetGuid(at.AssigneeInspectorId).ToString(),
            reader.IsDBNull(at.AssigneeRole) ? null : reader.GetString(at.AssigneeRole),
            reader.IsDBNull(at.AssigneeRegionId) ? null : reader.GetGuid(at.AssigneeRegionId).ToString()),
        reader.IsDBNull(at.DueAt) ? null : reader.GetFieldValue<DateTimeOffset>(at.DueAt),
        new RawJsonList<string>(reader.GetFieldValue<byte[]>(at.Outcomes)),
        reader.GetString(at.Status),
        new RawJsonList<FormFieldView>(reader.GetFieldValue<byte[]>(at.Form)),
        reader.GetFieldValue<DateTimeOffset>(at.CreatedAt),
        reader.IsDBNull(at.CompletedAt) ? null : reader.GetFieldValue<DateTimeOffset>(at.CompletedAt),
        reader.IsDBNull(at.CompletedBy) ? null : reader.GetString(at.CompletedBy),
        reader.IsDBNull(at.Outcome) ? null : reader.GetString(at.Outcome),
        reader.GetString(at.CaseKind));

    public static async Task<List<TaskView>> ReadAllAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var tasks = new List<TaskView>();
        var at = TaskOrdinals.Of(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(Read(reader, at));
        }

        return tasks;
    }

    /// <summary>The assignee columns of task <c>t</c> as a <see cref="ResolvedAssignee"/>.</summary>
    public static ResolvedAssignee ReadAssignee(NpgsqlDataReader reader) => new(
        reader.GetString(reader.GetOrdinal("assignee_rule")),
        reader.IsDBNull(reader.GetOrdinal("assignee_user_id")) ? null : reader.GetString(reader.GetOrdinal("assignee_user_id")),
        reader.IsDBNull(reader.GetOrdinal("assignee_inspector_id")) ? null : reader.GetGuid(reader.GetOrdinal("assignee_inspector_id")),
        reader.IsDBNull(reader.GetOrdinal("assignee_role")) ? null : reader.GetString(reader.GetOrdinal("assignee_role")),
        reader.IsDBNull(reader.GetOrdinal("assignee_region_id")) ? null : reader.GetGuid(reader.GetOrdinal("assignee_region_id")));

    /// <summary>Inserts the tasks a step opens, then their timer ladders: two statements, whatever their number.</summary>
    public static void Insert(NpgsqlBatch batch, Guid instanceId, Guid issueId, IReadOnlyList<OpenedTask> tasks, DateTimeOffset now)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        Sql.Add(batch, $"""
            INSERT INTO workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_user_id,
                assignee_inspector_id, assignee_role, assignee_region_id, due_at, status, outcomes, form, created_at)
            SELECT u.id, $1, $2, u.activity_id, u.name, u.rule, u.user_id, u.inspector_id, u.role, u.region_id, u.due_at,
                '{TaskStatuses.Open}', u.outcomes::jsonb, u.form::jsonb, $3
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

        TimerRows.Insert(batch, tasks.Select(t => TimerLadder.Of(t.Id, instanceId, issueId, t.Task.Timers)).ToList(), now);
    }

    /// <summary>
    /// Closes the tasks a step closed (the completed one <c>done</c>, the others <c>cancelled</c>) and deletes their
    /// pending timers, in one statement: the tasks' ids come from the UPDATE's RETURNING, so the timers are found
    /// through the partial index on pending timers by task, never by scanning every pending timer. A timer that can
    /// no longer fire is deleted rather than marked: a delete touches no index, an update adds an entry to each.
    /// Fired timers stay, for the escalations they raised.
    /// </summary>
    public static void Close(NpgsqlBatch batch, Guid instanceId, IReadOnlyList<string> closedActivityIds, TaskDone? done, DateTimeOffset now)
    {
        if (closedActivityIds.Count == 0 && done is null)
        {
            return;
        }

        Sql.Add(batch, $"""
            WITH closed AS (
                UPDATE workflow_tasks SET
                    status = CASE WHEN id = $3 THEN '{TaskStatuses.Done}' ELSE '{TaskStatuses.Cancelled}' END,
                    completed_at = $4,
                    completed_by = CASE WHEN id = $3 THEN $5 END,
                    outcome = CASE WHEN id = $3 THEN $6 END,
                    comment = CASE WHEN id = $3 THEN $7 END,
                    data = CASE WHEN id = $3 THEN $8::jsonb END
                WHERE instance_id = $1 AND status = '{TaskStatuses.Open}' AND (activity_id = ANY($2) OR id = $3)
                RETURNING id)
            {TimerRows.DeletePendingOfClosedTasks}
            """,
            instanceId,
            closedActivityIds.ToArray(),
            Sql.Uuid(done?.TaskId),
            now,
            Sql.Text(done?.Actor),
            Sql.Text(done?.Outcome),
            Sql.Text(done?.Comment),
            Sql.Text(done?.Data));
    }

    /// <summary>Gives an open task to one user; pending reminders follow it (they resolve the assignee when they fire).</summary>
    public static void Reassign(NpgsqlBatch batch, Guid taskId, string userId) =>
        Sql.Add(batch, $"""
            UPDATE workflow_tasks SET assignee_rule = '{Core.Catalog.AssigneeRules.User}', assignee_user_id = $2, assignee_inspector_id = NULL,
                assignee_role = NULL, assignee_region_id = NULL WHERE id = $1
            """, taskId, userId);

    /// <summary>Moves an open task's deadline (its timers are re-planned by <see cref="TimerRows.Replace"/>).</summary>
    public static void Reschedule(NpgsqlBatch batch, Guid taskId, DateTimeOffset dueAt) =>
        Sql.Add(batch, "UPDATE workflow_tasks SET due_at = $2 WHERE id = $1", taskId, Sql.Timestamp(dueAt));

    /// <summary>Gives the open tasks of an activity in <paramref name="instanceIds"/> a version's name, outcomes and form (migration).</summary>
    public static void Retarget(NpgsqlBatch batch, Guid[] instanceIds, string activityId, string name, string outcomesJson, string formJson) =>
        Sql.Add(batch, $"""
            UPDATE workflow_tasks SET name = $3, outcomes = $4::jsonb, form = $5::jsonb
            WHERE instance_id = ANY($1) AND activity_id = $2 AND status = '{TaskStatuses.Open}'
            """, instanceIds, activityId, name, outcomesJson, formJson);
}
