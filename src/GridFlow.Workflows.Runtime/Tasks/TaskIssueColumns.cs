namespace GridFlow.Workflows.Runtime.Tasks;

/// <summary>
/// The columns of a task's issue <c>s</c> that task lists answer with (<see cref="TaskIssueView"/>): one primary-key
/// join per row of a page, so an inbox row needs no request per issue. The completion's hot path does not read them.
/// </summary>
public static class TaskIssueColumns
{
    public const string Columns = "s.code AS issue_code, s.category AS issue_category, s.region_id AS issue_region_id, s.status AS issue_status";

    public static TaskIssueView Read(NpgsqlDataReader reader) => new(
        reader.GetString(reader.GetOrdinal("issue_code")),
        reader.GetString(reader.GetOrdinal("issue_category")),
        reader.GetGuid(reader.GetOrdinal("issue_region_id")).ToString(),
        reader.GetString(reader.GetOrdinal("issue_status")));
}
