namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>Where each of <see cref="TaskRows.Columns"/> is in a result, looked up by name once per result set.</summary>
public readonly record struct TaskOrdinals(
    int Id, int IssueId, int ActivityId, int Name, int AssigneeRule, int AssigneeUserId, int AssigneeInspectorId, int AssigneeRole,
    int AssigneeRegionId, int DueAt, int Outcomes, int Status, int Form, int CreatedAt, int CompletedAt, int CompletedBy, int Outcome, int CaseKind)
{
    public static TaskOrdinals Of(NpgsqlDataReader reader) => new(
        reader.GetOrdinal("id"), reader.GetOrdinal("issue_id"), reader.GetOrdinal("activity_id"), reader.GetOrdinal("name"),
        reader.GetOrdinal("assignee_rule"), reader.GetOrdinal("assignee_user_id"), reader.GetOrdinal("assignee_inspector_id"),
        reader.GetOrdinal("assignee_role"), reader.GetOrdinal("assignee_region_id"), reader.GetOrdinal("due_at"), reader.GetOrdinal("outcomes"),
        reader.GetOrdinal("status"), reader.GetOrdinal("form"), reader.GetOrdinal("created_at"), reader.GetOrdinal("completed_at"),
        reader.GetOrdinal("completed_by"), reader.GetOrdinal("outcome"), reader.GetOrdinal("case_kind"));
}
