using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Timers;

/// <summary>
/// Synthetic open tasks (with their issue and instance rows) and pending reminder timers, written server-side with
/// <c>INSERT ... SELECT generate_series</c>: the sweeper reads only the columns filled here, and the workflow
/// tables carry no foreign keys, so no grids or users are needed.
/// </summary>
public sealed class TimerRows(string connectionString)
{
    public async Task CreateTasksAsync(int count)
    {
        await ExecuteAsync($$"""
            INSERT INTO issues (id, code, category, description, lat, lon, source, discovered_at, reported_at, reported_by,
                grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level, workflow_instance_id, updated_at)
            SELECT md5('issue' || g)::uuid, 'TIMER-' || g, 'dust', 'timer bench', 36.45, 115.98, 'patrol', now(), now(), 'bench',
                md5('grid')::uuid, md5('township')::uuid, md5('county')::uuid, md5('city')::uuid, '/city/county/township/', 'accepting',
                false, 0, md5('instance' || g)::uuid, now()
            FROM generate_series(1, {{count}}) g;
            INSERT INTO workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at)
            SELECT md5('instance' || g)::uuid, md5('issue' || g)::uuid, 'issue-lifecycle', 1, 'running', '{}', 0, now(), now()
            FROM generate_series(1, {{count}}) g;
            INSERT INTO workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_role, assignee_region_id,
                status, outcomes, form, created_at)
            SELECT md5('task' || g)::uuid, md5('instance' || g)::uuid, md5('issue' || g)::uuid, 'accept', '受理 Accept',
                'townshipOfficers', 'township-officer', md5('township')::uuid, 'open', '["dispatch"]', '[]', now()
            FROM generate_series(1, {{count}}) g;
            ANALYZE issues; ANALYZE workflow_instances; ANALYZE workflow_tasks;
            """);
    }

    /// <summary>One reminder per task number in [first, first + count), all due at <paramref name="dueAt"/>.</summary>
    public Task InsertTimersAsync(int first, int count, int tasks, DateTimeOffset dueAt) => ExecuteAsync($"""
        INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, status, created_at)
        SELECT gen_random_uuid(), md5('task' || n)::uuid, md5('instance' || n)::uuid, md5('issue' || n)::uuid, 'reminder', $1, 'pending', now()
        FROM (SELECT 1 + (g % {tasks}) AS n FROM generate_series({first}, {first + count - 1}) g) s
        """, dueAt);

    public async Task<long> CountAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql, values);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<double[]> LatenessPercentilesAsync(DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, """
            SELECT percentile_cont(ARRAY[0.5, 0.99, 1.0]) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - due_at) * 1000)
            FROM workflow_timers WHERE created_at >= $1 AND status = 'fired'
            """, since);
        return (double[])(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql, values);
        command.CommandTimeout = 600;

        await command.ExecuteNonQueryAsync();
    }
}
