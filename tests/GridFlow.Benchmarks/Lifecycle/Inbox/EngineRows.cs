using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>
/// Reads rows the engine wrote during the run, so bulk-loaded rows carry the same names, outcomes, forms and
/// state documents as real ones (the inbox returns outcomes and forms, so their size is part of what is timed).
/// </summary>
public static class EngineRows
{
    /// <summary>An instance still at its first task: call right after reporting, before any completion.</summary>
    public static async Task<InstanceShape> ReadFreshInstanceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(
            connection, null, "SELECT definition_id, version, state::text AS state FROM workflow_instances WHERE status = 'running' AND revision = 0 LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new InstanceShape(reader.GetString(reader.GetOrdinal("definition_id")), reader.GetInt32(reader.GetOrdinal("version")), reader.GetString(reader.GetOrdinal("state")))
            : throw new InvalidOperationException("no freshly reported instance to copy the state of");
    }

    public static async Task<TaskShape> ReadTaskAsync(string connectionString, string activityId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(
            connection, null, "SELECT name, assignee_rule, outcomes::text AS outcomes, form::text AS form FROM workflow_tasks WHERE activity_id = $1 LIMIT 1", activityId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new TaskShape(
                activityId, reader.GetString(reader.GetOrdinal("name")), reader.GetString(reader.GetOrdinal("assignee_rule")),
                reader.GetString(reader.GetOrdinal("outcomes")), reader.GetString(reader.GetOrdinal("form")))
            : throw new InvalidOperationException($"no {activityId} task to copy");
    }
}
