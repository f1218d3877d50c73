using System.Diagnostics;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Data.Statements;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>
/// Writes running issues, their instances and their open tasks with binary COPY: 100,000 through the API would
/// take longer than the whole benchmark may. Columns follow the WorkflowEngine migration (snake_case, jsonb as
/// text). No journal or timer rows: the inbox and issue list do not read them.
/// </summary>
public static class InboxLoader
{
    private const string Loader = "bench-loader";

    public static async Task LoadAsync(string connectionString, IReadOnlyList<BulkIssue> issues)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var started = Stopwatch.GetTimestamp();
        await WriteIssuesAsync(connection, issues);
        await WriteInstancesAsync(connection, issues);
        await WriteTasksAsync(connection, issues);
        var copied = Stopwatch.GetElapsedTime(started);
        // What autovacuum does to tables this size in service (workflow_tasks is tuned to be vacuumed often): fresh
        // statistics, so the planner sees 100,000 open tasks rather than the few thousand of the drive phase, and a
        // visibility map, so counting an inbox reads its index only. An autovacuum ANALYZE that began before the load
        // holds back what VACUUM may mark all-visible, so it is repeated (a few times at most) until the map is set.
        var (visible, pages) = (0, 1);
        for (var attempt = 0; attempt < 10 && visible < pages * 0.9; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            foreach (var table in new[] { "issues", "workflow_instances", "workflow_tasks" })
            {
                await using var vacuum = Sql.Command(connection, null, $"VACUUM (ANALYZE) {table}");
                await vacuum.ExecuteNonQueryAsync();
            }

            await using var visibility = Sql.Command(connection, null, "SELECT relallvisible, relpages FROM pg_class WHERE relname = 'workflow_tasks'");
            await using var reader = await visibility.ExecuteReaderAsync();
            await reader.ReadAsync();
            (visible, pages) = (reader.GetInt32(reader.GetOrdinal("relallvisible")), Math.Max(1, reader.GetInt32(reader.GetOrdinal("relpages"))));
        }

        Report.Line($"bulk-loaded {issues.Count} running issues with an open task each in {copied.TotalSeconds:F1} s (binary COPY), VACUUM (ANALYZE) {(Stopwatch.GetElapsedTime(started) - copied).TotalSeconds:F1} s; {visible} of {pages} task pages all-visible");
    }

    private static async Task WriteIssuesAsync(NpgsqlConnection connection, IReadOnlyList<BulkIssue> issues)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY issues (id, code, category, description, lat, lon, source, discovered_at, reported_at, reported_by,
                grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level, workflow_instance_id, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var issue in issues)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            // Not the server's yyyyMMdd-NNNNNN form, so the codes can never collide with reported ones.
            await writer.WriteAsync(FormattableString.Invariant($"BULK-{issue.Number:D8}"), NpgsqlDbType.Varchar);
            await writer.WriteAsync("dust", NpgsqlDbType.Varchar);
            await writer.WriteAsync("工地扬尘 (bulk-loaded)", NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Grid.Lat, NpgsqlDbType.Double);
            await writer.WriteAsync(issue.Grid.Lon, NpgsqlDbType.Double);
            await writer.WriteAsync("patrol", NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.ReportedAt.AddHours(-1), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(Loader, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Grid.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.CountyId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.CityId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.Path, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Waiting.IssueStatus, NpgsqlDbType.Varchar);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteInstancesAsync(NpgsqlConnection connection, IReadOnlyList<BulkIssue> issues)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var issue in issues)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Waiting.Instance.DefinitionId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Waiting.Instance.Version, NpgsqlDbType.Integer);
            await writer.WriteAsync("running", NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Waiting.StateJson, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteTasksAsync(NpgsqlConnection connection, IReadOnlyList<BulkIssue> issues)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_inspector_id,
                assignee_role, assignee_region_id, due_at, status, outcomes, form, created_at)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var issue in issues)
        {
            var task = issue.Waiting.Task;
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.TaskId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(task.ActivityId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.Name, NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.AssigneeRule, NpgsqlDbType.Varchar);
            if (issue.ForOfficers)
            {
                await writer.WriteNullAsync();
                await writer.WriteAsync(BulkPlan.OfficerRole, NpgsqlDbType.Varchar);
                await writer.WriteAsync(issue.Township.Id, NpgsqlDbType.Uuid);
            }
            else
            {
                await writer.WriteAsync(issue.Grid.InspectorId!.Value, NpgsqlDbType.Uuid);
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
            }

            await writer.WriteAsync(issue.DueAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("open", NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.OutcomesJson, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(task.FormJson, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }
}
