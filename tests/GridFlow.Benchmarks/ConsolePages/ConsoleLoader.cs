using System.Diagnostics;
using System.Text.Json.Nodes;
using GridFlow.Benchmarks.Lifecycle.Inbox;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Contracts.Issues;
using GridFlow.Data.Statements;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// Writes the console benchmark's issues with binary COPY (the lifecycle benchmark's <see cref="InboxLoader"/> columns):
/// each issue, its instance (running, or completed for a finished issue) and one task of the shape the engine wrote for
/// the issue reported through the API — open and held by the township's officers while the issue is in hand, done
/// (on time or late) once it is finished. No journal, timer or escalation rows: the pages timed read none of them for
/// these issues (the issue page is timed on the issue reported through the API).
/// </summary>
public static class ConsoleLoader
{
    private const string Loader = "bench-loader";

    public static async Task LoadAsync(string connectionString, IReadOnlyList<ConsoleIssue> issues, InstanceShape instance, TaskShape task)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var started = Stopwatch.GetTimestamp();
        await WriteIssuesAsync(connection, issues);
        await WriteInstancesAsync(connection, issues, instance, task);
        await WriteTasksAsync(connection, issues, task);
        var copied = Stopwatch.GetElapsedTime(started);
        foreach (var table in new[] { "issues", "workflow_instances", "workflow_tasks" })
        {
            // What autovacuum would have done to a year of rows: fresh statistics and a visibility map.
            await using var vacuum = Sql.Command(connection, null, $"VACUUM (ANALYZE) {table}");
            await vacuum.ExecuteNonQueryAsync();
        }

        Report.Line($"bulk-loaded {issues.Count} issues with an instance and a task each in {copied.TotalSeconds:F1} s (binary COPY), VACUUM (ANALYZE) {(Stopwatch.GetElapsedTime(started) - copied).TotalSeconds:F1} s");
    }

    private static async Task WriteIssuesAsync(NpgsqlConnection connection, IReadOnlyList<ConsoleIssue> issues)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY issues (id, code, category, description, lat, lon, source, discovered_at, reported_at, reported_by,
                grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level, workflow_instance_id, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        var now = DateTime.UtcNow;
        foreach (var issue in issues)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(FormattableString.Invariant($"BULKC-{issue.Number:D8}"), NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Category, NpgsqlDbType.Varchar);
            await writer.WriteAsync("网格巡查发现的问题 (bulk-loaded)", NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Grid.Lat, NpgsqlDbType.Double);
            await writer.WriteAsync(issue.Grid.Lon, NpgsqlDbType.Double);
            await writer.WriteAsync(issue.Number % 10 == 0 ? "public" : "patrol", NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.ReportedAt.AddHours(-1), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(Loader, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Grid.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.CountyId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.CityId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.Township.Path, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Status, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.CompletedAt is null && issue.DueAt < now, NpgsqlDbType.Boolean);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.CompletedAt ?? issue.ReportedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteInstancesAsync(NpgsqlConnection connection, IReadOnlyList<ConsoleIssue> issues, InstanceShape instance, TaskShape task)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        var states = IssueStatuses.All.ToDictionary(s => s, s => State(instance, IssueStatuses.Finished.Contains(s) ? null : task.ActivityId, s), StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(instance.DefinitionId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(instance.Version, NpgsqlDbType.Integer);
            await writer.WriteAsync(issue.CompletedAt is null ? "running" : "completed", NpgsqlDbType.Varchar);
            await writer.WriteAsync(states[issue.Status], NpgsqlDbType.Jsonb);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(issue.CompletedAt ?? issue.ReportedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteTasksAsync(NpgsqlConnection connection, IReadOnlyList<ConsoleIssue> issues, TaskShape task)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_inspector_id,
                assignee_role, assignee_region_id, due_at, status, outcomes, form, created_at, completed_at, completed_by, outcome)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var issue in issues)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(issue.TaskId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.InstanceId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.IssueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(task.ActivityId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.Name, NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.AssigneeRule, NpgsqlDbType.Varchar);
            await writer.WriteNullAsync();
            await writer.WriteAsync(BulkPlan.OfficerRole, NpgsqlDbType.Varchar);
            await writer.WriteAsync(issue.Township.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(issue.DueAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(issue.CompletedAt is null ? "open" : "done", NpgsqlDbType.Varchar);
            await writer.WriteAsync(task.OutcomesJson, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(task.FormJson, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(issue.ReportedAt, NpgsqlDbType.TimestampTz);
            if (issue.CompletedAt is { } completed)
            {
                await writer.WriteAsync(completed, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("township-officer", NpgsqlDbType.Varchar);
                await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            }
            else
            {
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
            }
        }

        await writer.CompleteAsync();
    }

    /// <summary>The fresh state with the open task and public status of the issue (no open task once it is finished).</summary>
    private static string State(InstanceShape instance, string? openTask, string status)
    {
        var state = JsonNode.Parse(instance.StateJson)!.AsObject();
        state["openTasks"] = openTask is null ? new JsonArray() : new JsonArray(openTask);
        state["issueStatus"] = status;
        return state.ToJsonString();
    }
}
