using GridFlow.Workflows.Runtime.Timers;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>workflow_timers</c>. A task's timers are one pending row: its earliest rung in the columns, the
/// later ones in <c>rest</c> (jsonb). Opening a task is the hot path and most tasks close before any timer is due, so
/// it writes one row and three index entries instead of a row per rung; when the sweep fires a rung it writes the next
/// one as the pending row (<see cref="Insert"/> again), and each fired rung still ends up as a row of its own.
/// </summary>
public static class TimerRows
{
    /// <summary>
    /// The tail of <see cref="TaskRows.Close"/>: deletes the pending timers of the tasks in the CTE <c>closed</c> (through
    /// the partial index of pending timers by task).
    /// </summary>
    public const string DeletePendingOfClosedTasks = $"DELETE FROM workflow_timers WHERE status = '{TimerStatuses.Pending}' AND task_id IN (SELECT id FROM closed)";

    /// <summary>Inserts the pending row of each non-empty ladder, in one statement whatever their number.</summary>
    public static void Insert(NpgsqlBatch batch, IReadOnlyCollection<TimerLadder> ladders, DateTimeOffset now)
    {
        var pending = ladders.Where(l => l.Rungs.Count > 0).ToList();
        Write(batch, pending.Select(l => (Guid.CreateVersion7(), l)).ToList(), TimerStatuses.Pending, now, firedBy: null);
    }

    /// <summary>
    /// Inserts rungs the sweep fired straight from a ladder's <c>rest</c> as fired rows (each a ladder of one, with
    /// the id its escalation refers to), as if each had been pending.
    /// </summary>
    public static void InsertFired(NpgsqlBatch batch, IReadOnlyList<(Guid Id, TimerLadder Rung)> rungs, DateTimeOffset now, string node) =>
        Write(batch, rungs, TimerStatuses.Fired, now, node);

    /// <summary>Deletes a task's pending timers and writes <paramref name="ladder"/> as its new ones (a new deadline).</summary>
    public static void Replace(NpgsqlBatch batch, TimerLadder ladder, DateTimeOffset now)
    {
        Sql.Add(batch, $"DELETE FROM workflow_timers WHERE task_id = $1 AND status = '{TimerStatuses.Pending}'", ladder.TaskId);
        Insert(batch, [ladder], now);
    }

    /// <summary>Marks claimed timers fired; <c>lease_owner</c> records which node fired them, for operators (the claim itself is the row lock).</summary>
    public static void MarkFired(NpgsqlBatch batch, IReadOnlyCollection<Guid> timerIds, DateTimeOffset now, string node)
    {
        if (timerIds.Count > 0)
        {
            Sql.Add(batch, $"UPDATE workflow_timers SET status = '{TimerStatuses.Fired}', fired_at = $2, lease_owner = $3 WHERE id = ANY($1)", timerIds.ToArray(), now, node);
        }
    }

    /// <summary>Deletes pending timers that can no longer fire (their task closed): only fired timers are kept.</summary>
    public static void DeletePending(NpgsqlBatch batch, IReadOnlyCollection<Guid> timerIds)
    {
        if (timerIds.Count > 0)
        {
            Sql.Add(batch, $"DELETE FROM workflow_timers WHERE id = ANY($1) AND status = '{TimerStatuses.Pending}'", timerIds.ToArray());
        }
    }

    /// <summary>Deletes fired timers created before <paramref name="cutoff"/> (retention); pending ones are never touched.</summary>
    public static Task<int> DeleteFinishedAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, null, cancellationToken, $"DELETE FROM workflow_timers WHERE status <> '{TimerStatuses.Pending}' AND created_at < $1", cutoff);

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due timers with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent sweeps on
    /// other nodes take disjoint rows. The lease bounds a stuck claim: a node that hangs with its transaction open gives
    /// its claims back when PostgreSQL ends the session; a node that dies gives them back at once (its connection drops
    /// and the transaction rolls back).
    /// </summary>
    public static async Task<List<DueTimer>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, int leaseSeconds, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        Sql.Add(batch, $"SET LOCAL idle_in_transaction_session_timeout = '{leaseSeconds}s'");
        Sql.Add(batch, $"SET LOCAL statement_timeout = '{leaseSeconds}s'");
        Sql.Add(batch, $"""
            SELECT id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest::text AS rest FROM workflow_timers
            WHERE status = '{TimerStatuses.Pending}' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED
            """, now, batchSize);
        var timers = new List<DueTimer>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // SET returns no rows, so the reader starts at the claimed timers.
        var (id, task, instance, issue, kind, due) = (reader.GetOrdinal("id"), reader.GetOrdinal("task_id"), reader.GetOrdinal("instance_id"),
            reader.GetOrdinal("issue_id"), reader.GetOrdinal("kind"), reader.GetOrdinal("due_at"));
        var (level, role, scope, card, outcome, rest) = (reader.GetOrdinal("level"), reader.GetOrdinal("role"), reader.GetOrdinal("scope"),
            reader.GetOrdinal("card"), reader.GetOrdinal("outcome"), reader.GetOrdinal("rest"));
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(new DueTimer(
                reader.GetGuid(id), reader.GetGuid(task), reader.GetGuid(instance), reader.GetGuid(issue),
                new TimerRung(
                    TimerKindNames.Parse(reader.GetString(kind)),
                    reader.GetFieldValue<DateTimeOffset>(due),
                    reader.IsDBNull(level) ? null : reader.GetInt32(level),
                    reader.IsDBNull(role) ? null : reader.GetString(role),
                    reader.IsDBNull(scope) ? null : reader.GetString(scope),
                    reader.IsDBNull(card) ? null : reader.GetString(card),
                    reader.IsDBNull(outcome) ? null : reader.GetString(outcome)),
                ReadRest(reader.IsDBNull(rest) ? null : reader.GetString(rest))));
        }

        return timers;
    }

    /// <summary>The later rungs from a pending row's <c>rest</c> column (null when it has none).</summary>
    public static IReadOnlyList<TimerRung> ReadRest(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<TimerRung>>(json, EngineJson.Options) ?? [];

    private static void Write(NpgsqlBatch batch, IReadOnlyList<(Guid Id, TimerLadder Ladder)> rows, string status, DateTimeOffset now, string? firedBy)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Sql.Add(batch, """
            INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest, status, created_at, fired_at, lease_owner)
            SELECT u.id, u.task_id, u.instance_id, u.issue_id, u.kind, u.due_at, u.level, u.role, u.scope, u.card, u.outcome, u.rest::jsonb, $2, $1, $3, $4
            FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::timestamptz[], $11::int[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
                AS u(id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest)
            """,
            now,
            status,
            Sql.Timestamp(firedBy is null ? null : now),
            Sql.Text(firedBy),
            rows.Select(r => r.Id).ToArray(),
            rows.Select(r => r.Ladder.TaskId).ToArray(),
            rows.Select(r => r.Ladder.InstanceId).ToArray(),
            rows.Select(r => r.Ladder.IssueId).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Kind.Name()).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].DueAt.ToUniversalTime()).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Level).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Role).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Scope).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Card).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Outcome).ToArray(),
            rows.Select(r => r.Ladder.Rungs.Count > 1 ? EngineJson.Serialize(r.Ladder.Rungs.Skip(1)) : null).ToArray());
    }
}
