using System.Text.Json;
using GridFlow.Workflows.Runtime.Engine;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// A task's timers are one pending <c>workflow_timers</c> row: its earliest rung in the columns, the later ones in
/// <c>rest</c> (jsonb). Opening a task is the hot path and most tasks close before any timer is due, so it writes one
/// row and three index entries instead of a row per rung; when the sweep fires a rung it writes the next one as the
/// pending row (<see cref="Insert"/> again), and each fired rung still ends up as a row of its own.
/// </summary>
public static class TimerLadderRows
{
    /// <summary>Inserts the pending row of each non-empty ladder, in one statement whatever their number.</summary>
    public static void Insert(NpgsqlBatch batch, IReadOnlyCollection<TimerLadder> ladders, DateTimeOffset now)
    {
        var pending = ladders.Where(l => l.Rungs.Count > 0).ToList();
        Write(batch, pending.Select(l => (Guid.CreateVersion7(), l)).ToList(), "pending", now, firedBy: null);
    }

    /// <summary>
    /// Inserts rungs the sweep fired straight from a ladder's <c>rest</c> as fired rows (each a ladder of one, with
    /// the id its escalation refers to), as if each had been pending.
    /// </summary>
    public static void InsertFired(NpgsqlBatch batch, IReadOnlyList<(Guid Id, TimerLadder Rung)> rungs, DateTimeOffset now, string node) =>
        Write(batch, rungs, "fired", now, node);

    private static void Write(NpgsqlBatch batch, IReadOnlyList<(Guid Id, TimerLadder Ladder)> rows, string status, DateTimeOffset now, string? firedBy)
    {
        if (rows.Count == 0)
        {
            return;
        }

        StepCommands.Add(batch, """
            INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest, status, created_at, fired_at, lease_owner)
            SELECT u.id, u.task_id, u.instance_id, u.issue_id, u.kind, u.due_at, u.level, u.role, u.scope, u.card, u.outcome, u.rest::jsonb, $2, $1, $3, $4
            FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::timestamptz[], $11::int[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
                AS u(id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest)
            """,
            now,
            status,
            new NpgsqlParameter { Value = firedBy is null ? DBNull.Value : now, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new NpgsqlParameter { Value = (object?)firedBy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            rows.Select(r => r.Id).ToArray(),
            rows.Select(r => r.Ladder.TaskId).ToArray(),
            rows.Select(r => r.Ladder.InstanceId).ToArray(),
            rows.Select(r => r.Ladder.IssueId).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Kind).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].DueAt.ToUniversalTime()).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Level).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Role).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Scope).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Card).ToArray(),
            rows.Select(r => r.Ladder.Rungs[0].Outcome).ToArray(),
            rows.Select(r => r.Ladder.Rungs.Count > 1 ? EngineJson.Serialize(r.Ladder.Rungs.Skip(1)) : null).ToArray());
    }

    /// <summary>The later rungs from a pending row's <c>rest</c> column (null when it has none).</summary>
    public static IReadOnlyList<TimerRung> ReadRest(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<TimerRung>>(json, EngineJson.Options) ?? [];
}
