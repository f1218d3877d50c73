using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Scheduling.Timers;

/// <summary>
/// The claiming reads of a sweep. Timers are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent sweeps on
/// other nodes take disjoint rows; their instances are then locked with <c>SKIP LOCKED</c> too, in id order. A
/// sweep never waits for an instance lock: a task completion holds its instance lock and then cancels timer rows
/// (the opposite order), so waiting here could deadlock. A busy instance's timers stay pending for the next sweep.
/// </summary>
public static class TimerClaims
{
    public static async Task<List<DueTimer>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, int leaseSeconds, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        // The lease: a node that hangs with its transaction open gives its claims back when PostgreSQL ends the
        // session; a node that dies gives them back at once (its connection drops and the transaction rolls back).
        StepCommands.Add(batch, $"SET LOCAL idle_in_transaction_session_timeout = '{leaseSeconds}s'");
        StepCommands.Add(batch, $"SET LOCAL statement_timeout = '{leaseSeconds}s'");
        StepCommands.Add(batch, """
            SELECT id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest::text FROM workflow_timers
            WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED
            """, now, batchSize);
        var timers = new List<DueTimer>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(new DueTimer(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                TimerLadderRows.ReadRest(reader.IsDBNull(11) ? null : reader.GetString(11))));
        }

        return timers;
    }

    /// <summary>Locks the instances that are free now, in id order; returns those locked.</summary>
    public static async Task<HashSet<Guid>> LockInstancesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> instanceIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id FROM workflow_instances WHERE id = ANY($1) ORDER BY id FOR UPDATE SKIP LOCKED", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = instanceIds.Distinct().ToArray() });
        var locked = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            locked.Add(reader.GetGuid(0));
        }

        return locked;
    }

    /// <summary>The timers' tasks, read after their instances were locked, so the status is the committed truth.</summary>
    public static async Task<Dictionary<Guid, TaskTarget>> ReadTasksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT t.id, t.status, t.activity_id, s.region_id, s.county_id, s.city_id
            FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id WHERE t.id = ANY($1)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = taskIds.Distinct().ToArray() });
        var tasks = new Dictionary<Guid, TaskTarget>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks[reader.GetGuid(0)] = new TaskTarget(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetGuid(5));
        }

        return tasks;
    }
}
