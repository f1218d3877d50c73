namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// The runtime's facts an assessment scores (reports, missed reports, late tasks, escalations), read for a whole period
/// at once on the caller's connection and transaction, so that an assessment run reads every module's facts in one
/// snapshot. Set-based SQL (ADR 0004): a province's month is hundreds of thousands of rows, read in one pass each.
/// Periods are half-open instants [<c>from</c>, <c>to</c>).
/// </summary>
public static class WorkFacts
{
    private const string ReportsSql = """
        SELECT id, code, category, source, reporter_inspector_id, discovered_at, reported_at, status = 'rejected' AS rejected
        FROM issues
        WHERE reported_at >= $1 AND reported_at < $2 AND reporter_inspector_id IS NOT NULL AND kind = 'issue'
        """;

    /// <summary>
    /// An issue of the period in a grid, reported by someone other than the inspector responsible for the grid when it was
    /// reported, and not rejected; missed unless that inspector had reported one of the same category within
    /// <c>$7</c> metres (geodesic) found at most <c>$8</c> days before it. The inspector's own reports are found through the
    /// (reporter, discovery time) index, a few per inspector and week, and only those few are measured.
    /// </summary>
    private const string MissedReportsSql = """
        WITH responsible AS (
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS r(grid_id, inspector_id, from_at, to_at))
        SELECT x.id, x.code, x.category, x.source, x.reported_by, x.reporter_inspector_id, x.cross_check_id, x.reported_at, x.grid_id,
               r.inspector_id AS charged
        FROM issues x
        JOIN responsible r ON r.grid_id = x.grid_id AND x.reported_at >= r.from_at AND (r.to_at IS NULL OR x.reported_at < r.to_at)
        WHERE x.kind = 'issue' AND x.reported_at >= $5 AND x.reported_at < $6 AND x.status <> 'rejected'
          AND x.reporter_inspector_id IS DISTINCT FROM r.inspector_id
          AND NOT EXISTS (
              SELECT 1 FROM issues y
              WHERE y.reporter_inspector_id = r.inspector_id AND y.kind = 'issue'
                AND y.discovered_at >= x.discovered_at - make_interval(days => $8) AND y.discovered_at <= x.reported_at
                AND y.reported_at <= x.reported_at AND y.id <> x.id AND y.category = x.category
                AND ST_DWithin(ST_SetSRID(ST_MakePoint(y.lon, y.lat), 4326)::geography, ST_SetSRID(ST_MakePoint(x.lon, x.lat), 4326)::geography, $7))
        """;

    /// <summary>Due in the period and done late, or still open at <c>$3</c> (the end of the period or now, whichever is first) past due. A cancelled task was nobody's to do.</summary>
    private const string LateTasksSql = """
        SELECT id, issue_id, name, assignee_inspector_id, due_at, completed_at
        FROM workflow_tasks
        WHERE assignee_inspector_id IS NOT NULL AND due_at >= $1 AND due_at < $2 AND status <> 'cancelled'
          AND (completed_at > due_at OR (completed_at IS NULL AND due_at < $3))
        """;

    private const string EscalationsSql = """
        SELECT e.id, e.issue_id, e.task_id, e.card, t.assignee_inspector_id, e.raised_at
        FROM escalations e JOIN workflow_tasks t ON t.id = e.task_id
        WHERE e.raised_at >= $1 AND e.raised_at < $2 AND t.assignee_inspector_id IS NOT NULL
        """;

    /// <summary>The issues inspectors reported in the period (any source, rejected ones marked).</summary>
    public static async Task<List<ReportFact>> ReportsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var facts = new List<ReportFact>();
        await using var command = Sql.Command(connection, transaction, ReportsSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new ReportFact(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetGuid(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetBoolean(7)));
        }

        return facts;
    }

    /// <summary>The period's missed reports, each charged to the inspector responsible for its grid when it was reported.</summary>
    public static async Task<List<MissedReportFact>> MissedReportsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ResponsibleInspector> responsible, DateTimeOffset from, DateTimeOffset to,
        MissedReportWindow window, CancellationToken cancellationToken)
    {
        var facts = new List<MissedReportFact>();
        if (responsible.Count == 0)
        {
            return facts;
        }

        await using var command = Sql.Command(connection, transaction, MissedReportsSql,
            responsible.Select(r => r.GridId).ToArray(), responsible.Select(r => r.InspectorId).ToArray(),
            responsible.Select(r => r.From.ToUniversalTime()).ToArray(), responsible.Select(r => (DateTimeOffset?)r.To?.ToUniversalTime()).ToArray(),
            from, to, window.WithinMeters, window.WithinDays);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new MissedReportFact(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.IsDBNull(6) ? null : reader.GetGuid(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.GetGuid(8), reader.GetGuid(9)));
        }

        return facts;
    }

    /// <summary>The inspectors' tasks due in the period that were done late or were still open past due at <paramref name="cut"/>.</summary>
    public static async Task<List<LateTaskFact>> LateTasksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, DateTimeOffset cut, CancellationToken cancellationToken)
    {
        var facts = new List<LateTaskFact>();
        await using var command = Sql.Command(connection, transaction, LateTasksSql, from, to, cut);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new LateTaskFact(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return facts;
    }

    /// <summary>The escalations raised in the period on tasks assigned to inspectors.</summary>
    public static async Task<List<EscalationFact>> EscalationsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var facts = new List<EscalationFact>();
        await using var command = Sql.Command(connection, transaction, EscalationsSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new EscalationFact(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetGuid(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return facts;
    }
}
