namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>escalations</c>: raised by the timer sweep (one per escalation timer), resolved by a
/// supervisor's action.
/// </summary>
public static class EscalationRows
{
    /// <summary>An escalation a fired rung raises: the task's issue, the rung's level, card and role, and the region whose supervisors handle it.</summary>
    public sealed record Raised(Guid TimerId, Guid IssueId, Guid TaskId, int Level, string Card, string Role, Guid RegionId);

    /// <summary>Inserts the escalations; <c>timer_id</c> is unique, so a timer raises its escalation once however often it fires.</summary>
    public static void Insert(NpgsqlBatch batch, IReadOnlyList<Raised> escalations, DateTimeOffset now)
    {
        if (escalations.Count == 0)
        {
            return;
        }

        Sql.Add(batch, $"""
            INSERT INTO escalations (id, issue_id, task_id, timer_id, level, card, role, region_id, raised_at, status)
            SELECT u.id, u.issue_id, u.task_id, u.timer_id, u.level, u.card, u.role, u.region_id, $1, '{EscalationStatuses.Open}'
            FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::uuid[])
                AS u(id, issue_id, task_id, timer_id, level, card, role, region_id)
            ON CONFLICT (timer_id) DO NOTHING
            """,
            now,
            escalations.Select(_ => Guid.CreateVersion7()).ToArray(),
            escalations.Select(e => e.IssueId).ToArray(),
            escalations.Select(e => e.TaskId).ToArray(),
            escalations.Select(e => e.TimerId).ToArray(),
            escalations.Select(e => e.Level).ToArray(),
            escalations.Select(e => e.Card).ToArray(),
            escalations.Select(e => e.Role).ToArray(),
            escalations.Select(e => e.RegionId).ToArray());
    }

    /// <summary>
    /// Resolves escalation <paramref name="id"/> and, when <paramref name="allOfItsTask"/>, every other open escalation of
    /// the same task (reassigning or extending deals with the task itself).
    /// </summary>
    public static void Resolve(NpgsqlBatch batch, Guid id, Guid taskId, bool allOfItsTask, string resolution, string actor, DateTimeOffset now) =>
        Sql.Add(batch, $"""
            UPDATE escalations SET status = '{EscalationStatuses.Resolved}', resolved_at = $3, resolved_by = $4, resolution = $5
            WHERE status = '{EscalationStatuses.Open}' AND (id = $1 OR ($6 AND task_id = $2))
            """, id, taskId, now, actor, resolution, allOfItsTask);
}
