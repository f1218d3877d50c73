namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>outbox</c>, the runtime's transactional outbox: every step, timer and supervisor's action adds
/// its notifications here, in its own transaction (<see cref="Add"/>). Delivery (the Notifications module) works the
/// rows off through the rest of this type: it claims due rows, then marks each sent, retried or failed in the claiming
/// transaction, and deletes delivered rows when they are old. This is the outbox's contract; no other code names the table.
/// </summary>
public static class OutboxRows
{
    public static void Add(NpgsqlBatch batch, IReadOnlyList<OutboxRow> rows, DateTimeOffset now)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Sql.Add(batch, $"""
            INSERT INTO outbox (id, issue_id, instance_id, task_id, activity_id, template, recipients, status, attempts, created_at, next_attempt_at)
            SELECT u.id, u.issue_id, u.instance_id, u.task_id, u.activity_id, u.template, u.recipients::jsonb, '{OutboxStatuses.Pending}', 0, $1, $1
            FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[])
                AS u(id, issue_id, instance_id, task_id, activity_id, template, recipients)
            ON CONFLICT (id) DO NOTHING
            """,
            now,
            rows.Select(r => r.Id ?? Guid.CreateVersion7()).ToArray(),
            rows.Select(r => r.IssueId).ToArray(),
            rows.Select(r => r.InstanceId).ToArray(),
            rows.Select(r => r.TaskId).ToArray(),
            rows.Select(r => r.ActivityId).ToArray(),
            rows.Select(r => r.Template).ToArray(),
            rows.Select(r => r.Recipients.ToJson()).ToArray());
    }

    /// <summary>Claims up to <paramref name="batchSize"/> due rows with <c>FOR UPDATE SKIP LOCKED</c>: any number of nodes can deliver side by side.</summary>
    public static async Task<List<PendingOutboxRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, $"""
            SELECT id, issue_id, task_id, template, recipients::text AS recipients, attempts FROM outbox
            WHERE status = '{OutboxStatuses.Pending}' AND next_attempt_at <= $1
            ORDER BY next_attempt_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
            """, now, batchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (id, issue, task, template, recipients, attempts) = (reader.GetOrdinal("id"), reader.GetOrdinal("issue_id"), reader.GetOrdinal("task_id"),
            reader.GetOrdinal("template"), reader.GetOrdinal("recipients"), reader.GetOrdinal("attempts"));
        var rows = new List<PendingOutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingOutboxRow(
                reader.GetGuid(id), reader.IsDBNull(issue) ? null : reader.GetGuid(issue), reader.IsDBNull(task) ? null : reader.GetGuid(task),
                reader.GetString(template), reader.GetString(recipients), reader.GetInt32(attempts)));
        }

        return rows;
    }

    /// <summary>Delivered; <paramref name="note"/> records something worth knowing (a rule that found nobody).</summary>
    public static Task MarkSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateTimeOffset now, string? note, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, cancellationToken, $"""
            UPDATE outbox SET status = '{OutboxStatuses.Sent}', sent_at = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1
            """, id, now, Sql.Text(note));

    /// <summary>Not delivered: tried again at <paramref name="nextAttemptAt"/>, or failed for good when <paramref name="final"/>.</summary>
    public static Task MarkFailedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, int attempts, DateTimeOffset nextAttemptAt, bool final, string error, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, cancellationToken, """
            UPDATE outbox SET status = $2, attempts = $3, next_attempt_at = $4, last_error = $5 WHERE id = $1
            """, id, final ? OutboxStatuses.Failed : OutboxStatuses.Pending, attempts, nextAttemptAt, Sql.Fit(error, 2000));

    /// <summary>Deletes delivered rows created before <paramref name="cutoff"/>; pending and failed rows stay for someone to look at.</summary>
    public static Task<int> DeleteSentAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, null, cancellationToken, $"DELETE FROM outbox WHERE status = '{OutboxStatuses.Sent}' AND created_at < $1", cutoff);
}
