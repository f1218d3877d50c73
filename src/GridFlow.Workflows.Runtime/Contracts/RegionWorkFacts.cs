namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// Townships' and counties' own figures (issues received, closed, closed on time, yellow and red cards), counted per
/// township by the database in one set-based query per kind on the caller's connection, like <see cref="WorkFacts"/>;
/// a county's are the sum of its townships'. Periods are half-open instants [<c>from</c>, <c>to</c>), and the facts are
/// those as of <c>asOf</c> (an assessment run's snapshot), so a region's figures match its inspectors' results:
/// <list type="bullet">
/// <item>received: an issue reported in the period in a grid of the township (any source, rejected ones included: the
/// township had to handle it);</item>
/// <item>closed: a received issue whose status is closed and none of whose tasks was completed after <c>asOf</c> (it was
/// closed by then);</item>
/// <item>closed on time: closed, and every task of the issue that had a due time and was not cancelled was completed at
/// or before its due time;</item>
/// <item>yellow and red cards: the escalations of that card raised in the period (before <c>asOf</c>) on the township's
/// issues, whenever the issue was reported.</item>
/// </list>
/// </summary>
public static class RegionWorkFacts
{
    private const string IssuesSql = """
        SELECT i.region_id, i.county_id, count(*)::int AS received,
               count(*) FILTER (WHERE c.closed)::int AS closed,
               count(*) FILTER (WHERE c.closed AND NOT c.late)::int AS closed_on_time
        FROM issues i
        CROSS JOIN LATERAL (
            SELECT i.status = 'closed' AND NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.issue_id = i.id AND t.completed_at > $3) AS closed,
                   EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.issue_id = i.id AND t.status <> 'cancelled' AND t.due_at IS NOT NULL
                                  AND (t.completed_at IS NULL OR t.completed_at > t.due_at)) AS late) c
        WHERE i.reported_at >= $1 AND i.reported_at < $2 AND i.reported_at < $3 AND ($4::text IS NULL OR i.region_path LIKE $4 || '%')
        GROUP BY i.region_id, i.county_id
        """;

    private const string CardsSql = """
        SELECT i.region_id, i.county_id, count(*) FILTER (WHERE e.card = 'yellow')::int, count(*) FILTER (WHERE e.card = 'red')::int
        FROM escalations e JOIN issues i ON i.id = e.issue_id
        WHERE e.raised_at >= $1 AND e.raised_at < $2 AND e.raised_at < $3 AND ($4::text IS NULL OR i.region_path LIKE $4 || '%')
        GROUP BY i.region_id, i.county_id
        """;

    /// <summary>Every township with an issue or a card in the period, under <paramref name="regionPath"/> (null: everywhere).</summary>
    public static async Task<List<RegionIssueFigures>> FiguresAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf, string? regionPath,
        CancellationToken cancellationToken)
    {
        var figures = new Dictionary<Guid, RegionIssueFigures>();
        await using (var command = Sql.Command(connection, transaction, IssuesSql, from, to, asOf, Sql.Text(regionPath)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var township = reader.GetGuid(0);
                figures[township] = new RegionIssueFigures(township, reader.GetGuid(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), 0, 0);
            }
        }

        await using (var command = Sql.Command(connection, transaction, CardsSql, from, to, asOf, Sql.Text(regionPath)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var township = reader.GetGuid(0);
                var known = figures.GetValueOrDefault(township) ?? new RegionIssueFigures(township, reader.GetGuid(1), 0, 0, 0, 0, 0);
                figures[township] = known with { YellowCards = reader.GetInt32(2), RedCards = reader.GetInt32(3) };
            }
        }

        return [.. figures.Values];
    }
}
