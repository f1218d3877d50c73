namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>workflow_journal</c>: the steps of the engine, the timers, the supervisors' actions on
/// escalations and migrations all add their lines through <see cref="Add"/>. One statement whatever the number of
/// lines; the lines keep their order (the key is (issue, id), and ids are given in order).
/// </summary>
public static class JournalRows
{
    /// <summary>The journal of an engine step, the automatic activities a person's action set off journaled under their name.</summary>
    public static IReadOnlyList<JournalRow> Of(Guid instanceId, Guid issueId, IEnumerable<JournalEntry> entries, string actor) =>
        entries.Select(e => new JournalRow(instanceId, issueId, e.At, e.Actor ?? actor, e.ActivityId, e.ActivityType, e.Event, e.Outcome, e.Comment, e.Data)).ToList();

    public static void Add(NpgsqlBatch batch, IReadOnlyList<JournalRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Sql.Add(batch, """
            INSERT INTO workflow_journal (instance_id, issue_id, at, actor, activity_id, activity_type, event, outcome, comment, data)
            SELECT u.instance_id, u.issue_id, u.at, u.actor, u.activity_id, u.activity_type, u.event, u.outcome, u.comment, u.data::jsonb
            FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
                WITH ORDINALITY AS u(instance_id, issue_id, at, actor, activity_id, activity_type, event, outcome, comment, data, n)
            ORDER BY u.n
            """,
            rows.Select(r => r.InstanceId).ToArray(),
            rows.Select(r => r.IssueId).ToArray(),
            rows.Select(r => r.At.ToUniversalTime()).ToArray(),
            rows.Select(r => r.Actor).ToArray(),
            rows.Select(r => r.ActivityId).ToArray(),
            rows.Select(r => r.ActivityType).ToArray(),
            rows.Select(r => r.Event).ToArray(),
            rows.Select(r => r.Outcome).ToArray(),
            rows.Select(r => r.Comment).ToArray(),
            rows.Select(r => r.Data?.ToJsonString()).ToArray());
    }

    /// <summary>
    /// Deletes the journal lines older than <paramref name="cutoff"/> of instances that completed before it (retention);
    /// a running workflow keeps its whole journal.
    /// </summary>
    public static Task<int> DeleteOfFinishedAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, null, cancellationToken, $"""
            DELETE FROM workflow_journal j USING workflow_instances i
            WHERE j.issue_id = i.issue_id AND i.status = '{InstanceStatuses.Completed}' AND i.updated_at < $1 AND j.at < $1
            """, cutoff);
}
