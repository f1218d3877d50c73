using GridFlow.Notifications.Data;
using GridFlow.Notifications.Rendering;
using Npgsql;

namespace GridFlow.Notifications.Delivery;

/// <summary>Loads the issue and task an outbox row is about, inside the delivery transaction.</summary>
public static class FactsLoader
{
    public static async Task<IssueFacts?> IssueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid issueId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT i.id, i.code, coalesce(c.name, i.category), i.category, i.description, i.address, i.status,
                i.grid_id, i.region_id, i.county_id, i.city_id
            FROM issues i LEFT JOIN issue_categories c ON c.code = i.category
            WHERE i.id = $1
            """, issueId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var model = new IssueModel(
            reader.GetGuid(0).ToString(), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6));
        return new IssueFacts(model, reader.GetGuid(7), reader.GetGuid(8), reader.GetGuid(9), reader.GetGuid(10));
    }

    /// <summary>
    /// The row's task, or — for the engine's notifications, which name no task — the issue's newest open task (the
    /// one the step that wrote the row just opened), else its newest task.
    /// </summary>
    public static async Task<TaskFacts?> TaskAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid? taskId, Guid? issueId, CancellationToken cancellationToken)
    {
        if (taskId is null && issueId is null)
        {
            return null;
        }

        const string columns = "id, name, due_at, assignee_user_id, assignee_inspector_id, assignee_role, assignee_region_id";
        await using var command = taskId is { } id
            ? Sql.Command(connection, transaction, $"SELECT {columns} FROM workflow_tasks WHERE id = $1", id)
            : Sql.Command(connection, transaction, $"""
                SELECT {columns} FROM workflow_tasks WHERE issue_id = $1
                ORDER BY (status = 'open') DESC, created_at DESC, id DESC LIMIT 1
                """, issueId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new TaskFacts(
            reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetGuid(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetGuid(6));
    }
}
