namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>
/// The statements behind <c>/api/stats</c>. Every one takes the same parameters — $1 region path prefix, $2 the
/// inspector's grids, $3/$4 the period's instants, $5 status, $6 category, $7 overdue, $8 source, $9 grid, each null
/// for "any" — so a caller's scope reads exactly as the issues API's (<c>region_path LIKE prefix%</c>, which the
/// <c>text_pattern_ops</c> index on <c>region_path</c> answers). Each figure is one aggregate per slice and status, never a
/// query per row.
/// </summary>
public static class StatsSql
{
    /// <summary>
    /// Late (the negation of "on time"): a task of the issue that had a due time and was not cancelled was completed
    /// after it, or is still open past it. The same rule as the assessments' <c>RegionWorkFacts</c>.
    /// </summary>
    public const string Late = """
        EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.issue_id = i.id AND t.status <> 'cancelled' AND t.due_at IS NOT NULL
                AND (t.completed_at IS NULL OR t.completed_at > t.due_at))
        """;

    /// <summary>Which issues: the scope, the filters and (on <c>reported_at</c>) the period.</summary>
    public const string Where = """
        i.kind = 'issue'
        AND ($1::text IS NULL OR i.region_path LIKE $1 || '%')
        AND ($2::uuid[] IS NULL OR i.grid_id = ANY($2))
        AND ($3::timestamptz IS NULL OR i.reported_at >= $3)
        AND ($4::timestamptz IS NULL OR i.reported_at < $4)
        AND ($5::text IS NULL OR i.status = $5)
        AND ($6::text IS NULL OR i.category = $6)
        AND ($7::boolean IS NULL OR i.overdue = $7)
        AND ($8::text IS NULL OR i.source = $8)
        AND ($9::uuid IS NULL OR i.grid_id = $9)
        """;

    /// <summary>The escalations raised in the period ($3/$4 on <c>raised_at</c>) on the scope's issues, whenever reported.</summary>
    private const string CardsWhere = """
        i.kind = 'issue'
        AND ($1::text IS NULL OR i.region_path LIKE $1 || '%')
        AND ($2::uuid[] IS NULL OR i.grid_id = ANY($2))
        AND e.raised_at >= $3 AND e.raised_at < $4
        AND ($5::text IS NULL OR i.status = $5)
        AND ($6::text IS NULL OR i.category = $6)
        AND ($7::boolean IS NULL OR i.overdue = $7)
        AND ($8::text IS NULL OR i.source = $8)
        AND ($9::uuid IS NULL OR i.grid_id = $9)
        """;

    /// <summary>Issues per <paramref name="key"/> (a column or expression of <c>i</c>, never input) and status, with how many of them were closed on time and how many are overdue.</summary>
    public static string Tally(string key) => $"""
        SELECT {key} AS k, i.status, count(*)::int, count(*) FILTER (WHERE i.status = 'closed' AND NOT {Late})::int, count(*) FILTER (WHERE i.overdue)::int
        FROM issues i
        WHERE {Where}
        GROUP BY 1, 2
        """;

    /// <summary>Issues per <paramref name="key"/> (as in <see cref="Tally"/>), only counted.</summary>
    public static string Received(string key) => $"""
        SELECT {key} AS k, count(*)::int FROM issues i WHERE {Where} GROUP BY 1
        """;

    /// <summary>Escalations per <paramref name="key"/> and card.</summary>
    public static string Cards(string key) => $"""
        SELECT {key} AS k, e.card, count(*)::int
        FROM escalations e JOIN issues i ON i.id = e.issue_id
        WHERE {CardsWhere}
        GROUP BY 1, 2
        """;

    /// <summary>Open issues per grid.</summary>
    public static readonly string OpenByGrid = $"""
        SELECT i.grid_id, count(*)::int, count(*) FILTER (WHERE i.overdue)::int
        FROM issues i
        WHERE {Where} AND i.status NOT IN ({string.Join(", ", IssueStatuses.Finished.Order(StringComparer.Ordinal).Select(s => $"'{s}'"))})
        GROUP BY 1
        """;

    /// <summary>The newest issues first (the <c>(reported_at DESC, id)</c> index), at most $10.</summary>
    public const string Points = $"""
        SELECT i.id, i.code, i.category, i.status, i.overdue, i.lat, i.lon, i.reported_at
        FROM issues i
        WHERE {Where}
        ORDER BY i.reported_at DESC, i.id
        LIMIT $10
        """;

    public const string Count = $"""
        SELECT count(*)::int FROM issues i WHERE {Where}
        """;
}
