using GridFlow.ServiceDefaults.Json;
using GridFlow.Workflows.Runtime.Contracts;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>Reads task rows into <see cref="TaskView"/>: one column list for every query that returns tasks.</summary>
public static class TaskRows
{
    public const string Columns = """
        t.id, t.issue_id, t.activity_id, t.name, t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role,
        t.assignee_region_id, t.due_at, t.outcomes, t.status, t.form, t.created_at, t.completed_at, t.completed_by, t.outcome
        """;

    public static TaskView Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0).ToString(),
        reader.GetGuid(1).ToString(),
        reader.GetString(2),
        reader.GetString(3),
        new AssigneeView(
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetGuid(6).ToString(),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetGuid(8).ToString()),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
        new RawJson<IReadOnlyList<string>>(reader.GetFieldValue<byte[]>(10)),
        reader.GetString(11),
        new RawJson<IReadOnlyList<FormFieldView>>(reader.GetFieldValue<byte[]>(12)),
        reader.GetFieldValue<DateTimeOffset>(13),
        reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14),
        reader.IsDBNull(15) ? null : reader.GetString(15),
        reader.IsDBNull(16) ? null : reader.GetString(16));

    public static async Task<List<TaskView>> ReadAllAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var tasks = new List<TaskView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(Read(reader));
        }

        return tasks;
    }
}
