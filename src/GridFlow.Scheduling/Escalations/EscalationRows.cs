using GridFlow.Scheduling.Contracts;
using GridFlow.Workflows.Runtime.Contracts;
using Npgsql;

namespace GridFlow.Scheduling.Escalations;

/// <summary>Reads escalation rows with their task's current assignee into <see cref="EscalationView"/>.</summary>
public static class EscalationRows
{
    public const string Columns = """
        e.id, e.issue_id, e.task_id, e.level, e.card, e.raised_at, e.status,
        t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role, t.assignee_region_id
        """;

    public const string From = "escalations e JOIN workflow_tasks t ON t.id = e.task_id JOIN issues s ON s.id = e.issue_id";

    public static EscalationView Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0).ToString(),
        reader.GetGuid(1).ToString(),
        reader.GetGuid(2).ToString(),
        reader.GetInt32(3),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        new AssigneeView(
            reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetGuid(9).ToString(),
            reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetGuid(11).ToString()),
        reader.GetString(6));
}
