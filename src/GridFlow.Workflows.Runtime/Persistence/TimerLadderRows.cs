using System.Text.Json;
using GridFlow.Workflows.Runtime.Engine;
using Npgsql;

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
        if (pending.Count == 0)
        {
            return;
        }

        StepCommands.Add(batch, """
            INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest, status, created_at)
            SELECT u.id, u.task_id, u.instance_id, u.issue_id, u.kind, u.due_at, u.level, u.role, u.scope, u.card, u.outcome, u.rest::jsonb, 'pending', $1
            FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
                AS u(id, task_id, instance_id, issue_id, kind, due_at, level, role, scope, card, outcome, rest)
            """,
            now,
            pending.Select(_ => Guid.CreateVersion7()).ToArray(),
            pending.Select(l => l.TaskId).ToArray(),
            pending.Select(l => l.InstanceId).ToArray(),
            pending.Select(l => l.IssueId).ToArray(),
            pending.Select(l => l.Rungs[0].Kind).ToArray(),
            pending.Select(l => l.Rungs[0].DueAt.ToUniversalTime()).ToArray(),
            pending.Select(l => l.Rungs[0].Level).ToArray(),
            pending.Select(l => l.Rungs[0].Role).ToArray(),
            pending.Select(l => l.Rungs[0].Scope).ToArray(),
            pending.Select(l => l.Rungs[0].Card).ToArray(),
            pending.Select(l => l.Rungs[0].Outcome).ToArray(),
            pending.Select(l => l.Rungs.Count > 1 ? EngineJson.Serialize(l.Rungs.Skip(1)) : null).ToArray());
    }

    /// <summary>The later rungs from a pending row's <c>rest</c> column (null when it has none).</summary>
    public static IReadOnlyList<TimerRung> ReadRest(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<TimerRung>>(json, EngineJson.Options) ?? [];
}
