namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// The one writer of <c>issues</c>, and the columns the engine reads of an issue into an <see cref="IssueContext"/>.
/// Issues are updated in place (HOT): no index covers the columns written after the report.
/// </summary>
public static class IssueRows
{
    /// <summary>The engine's columns of issue <c>s</c>, named <c>issue_*</c> so they never clash with a joined table's.</summary>
    public const string Columns = """
        s.id AS issue_id, s.code AS issue_code, s.category AS issue_category, s.source AS issue_source, s.status AS issue_status,
        s.grid_id AS issue_grid_id, s.region_id AS issue_region_id, s.county_id AS issue_county_id, s.city_id AS issue_city_id,
        s.region_path AS issue_region_path, s.reported_by AS issue_reported_by, s.reporter_inspector_id AS issue_reporter_inspector_id,
        s.escalation_level AS issue_escalation_level, s.overdue AS issue_overdue, s.kind AS issue_kind,
        s.designated_user_id AS issue_designated_user_id
        """;

    public static IssueContext Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(reader.GetOrdinal("issue_id")),
        reader.GetString(reader.GetOrdinal("issue_code")),
        reader.GetString(reader.GetOrdinal("issue_category")),
        reader.GetString(reader.GetOrdinal("issue_source")),
        reader.GetString(reader.GetOrdinal("issue_status")),
        reader.GetGuid(reader.GetOrdinal("issue_grid_id")),
        reader.GetGuid(reader.GetOrdinal("issue_region_id")),
        reader.GetGuid(reader.GetOrdinal("issue_county_id")),
        reader.GetGuid(reader.GetOrdinal("issue_city_id")),
        reader.GetString(reader.GetOrdinal("issue_region_path")),
        reader.GetString(reader.GetOrdinal("issue_reported_by")),
        reader.IsDBNull(reader.GetOrdinal("issue_reporter_inspector_id")) ? null : reader.GetGuid(reader.GetOrdinal("issue_reporter_inspector_id")),
        reader.GetInt32(reader.GetOrdinal("issue_escalation_level")),
        reader.GetBoolean(reader.GetOrdinal("issue_overdue")),
        reader.GetString(reader.GetOrdinal("issue_kind")),
        reader.IsDBNull(reader.GetOrdinal("issue_designated_user_id")) ? null : reader.GetString(reader.GetOrdinal("issue_designated_user_id")));

    /// <summary>
    /// Inserts a reported issue or a started case; its code (<c>YYYYMMDD-nnnnnn</c>, the day in China) comes back as the statement's row.
    /// </summary>
    public static void Insert(NpgsqlBatch batch, IssueContext issue, NewIssue report, string status, Guid instanceId, DateTimeOffset now) =>
        Sql.Add(batch, """
            INSERT INTO issues (id, code, category, description, lat, lon, address, source, discovered_at, reported_at, reported_by,
                reporter_inspector_id, grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level,
                workflow_instance_id, updated_at, kind, designated_user_id, cross_check_id)
            VALUES ($1, to_char($9 AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('issue_code_seq')::text, 6, '0'),
                $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, false, 0, $18, $9, $19, $20, $21)
            RETURNING code
            """,
            issue.Id, issue.Category, report.Description, report.Lat, report.Lon, Sql.Text(report.Address), issue.Source,
            report.DiscoveredAt.ToUniversalTime(), now, issue.ReportedBy, Sql.Uuid(issue.ReporterInspectorId), issue.GridId, issue.TownshipId,
            issue.CountyId, issue.CityId, issue.RegionPath, status, instanceId, issue.Kind, Sql.Text(issue.DesignatedUserId), Sql.Uuid(report.CrossCheckId));

    public static void SetStatus(NpgsqlBatch batch, Guid issueId, string status, DateTimeOffset now) =>
        Sql.Add(batch, "UPDATE issues SET status = $2, updated_at = $3 WHERE id = $1", issueId, status, now);

    /// <summary>Marks issues overdue (a task's deadline passed).</summary>
    public static void MarkOverdue(NpgsqlBatch batch, IReadOnlyCollection<Guid> issueIds, DateTimeOffset now)
    {
        if (issueIds.Count > 0)
        {
            Sql.Add(batch, "UPDATE issues SET overdue = true, updated_at = $2 WHERE id = ANY($1)", issueIds.ToArray(), now);
        }
    }

    /// <summary>The issue is no longer overdue (its task got a new deadline).</summary>
    public static void ClearOverdue(NpgsqlBatch batch, Guid issueId, DateTimeOffset now) =>
        Sql.Add(batch, "UPDATE issues SET overdue = false, updated_at = $2 WHERE id = $1", issueId, now);

    /// <summary>Raises each issue's escalation level to the highest of the levels given for it (never lowers it).</summary>
    public static void RaiseEscalationLevels(NpgsqlBatch batch, IReadOnlyList<(Guid IssueId, int Level)> levels, DateTimeOffset now)
    {
        if (levels.Count == 0)
        {
            return;
        }

        Sql.Add(batch, """
            UPDATE issues s SET escalation_level = greatest(s.escalation_level, u.level), updated_at = $3
            FROM (SELECT id, max(level) AS level FROM unnest($1::uuid[], $2::int[]) AS x(id, level) GROUP BY id) u
            WHERE s.id = u.id
            """, levels.Select(l => l.IssueId).ToArray(), levels.Select(l => l.Level).ToArray(), now);
    }
}
