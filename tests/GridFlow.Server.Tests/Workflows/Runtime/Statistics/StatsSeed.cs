namespace GridFlow.Server.Tests.Workflows.Runtime.Statistics;

/// <summary>
/// Issues for the statistics to count: reported over the API in the demo accounts' grids, the township's other grid,
/// the county's other township and another county, then moved by SQL into every state a figure tells apart (closed
/// on time and late, rejected, accepted, overdue with cards, last month, a year before last month). Returns the ids.
/// </summary>
public static class StatsSeed
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<string> Seeded = [];

    /// <summary>Seeds a database once, however many test classes share its host.</summary>
    public static async Task EnsureSeededAsync(GridFlowApp app)
    {
        await Once.WaitAsync();
        try
        {
            if (Seeded.Add(app.ConnectionString))
            {
                await SeedAsync(app);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public static async Task<List<string>> SeedAsync(GridFlowApp app)
    {
        var facts = await DemoFacts.LoadAsync(app);
        var life = new Lifecycle(app);
        var plan = new (Guid Grid, string Category)[]
        {
            (facts.InspectorGridId, "dust"), (facts.InspectorGridId, "dust"), (facts.InspectorGridId, "restaurant-fumes"), (facts.InspectorGridId, "dust"),
            (facts.OtherGridSameTownshipId, "loose-coal"), (facts.OtherGridSameTownshipId, "dust"),
            (facts.OtherTownshipSameCountyGridId, "dust"), (facts.OtherTownshipSameCountyGridId, "other"),
            (facts.OtherCountyGridId, "dust"), (facts.OtherCountyGridId, "loose-coal"),
        };
        var ids = new List<string>();
        foreach (var (grid, category) in plan)
        {
            var issue = await life.ReportAsync(category, "admin", at: await life.GridCentreAsync(grid));
            ids.Add(issue.GetProperty("id").GetString()!);
        }

        var sql = new TestSql(app.ConnectionString);
        var china = TimeSpan.FromHours(8);
        var now = DateTimeOffset.UtcNow.ToOffset(china);
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 12, 0, 0, china).AddMonths(-1).AddDays(9);
        async Task Closed(string id, bool onTime)
        {
            await sql.ExecuteAsync("UPDATE issues SET status = 'closed' WHERE id = $1::uuid", id);
            await sql.ExecuteAsync(
                onTime
                    ? "UPDATE workflow_tasks SET status = 'done', due_at = coalesce(due_at, now() + interval '1 day'), completed_at = now() WHERE issue_id = $1::uuid"
                    : "UPDATE workflow_tasks SET status = 'done', due_at = now() - interval '2 days', completed_at = now() - interval '1 day' WHERE issue_id = $1::uuid",
                id);
        }

        async Task Card(string id, string card, int level)
        {
            await sql.ExecuteAsync(
                """
                INSERT INTO escalations (id, issue_id, task_id, timer_id, level, card, role, region_id, raised_at, status)
                SELECT gen_random_uuid(), i.id, (SELECT t.id FROM workflow_tasks t WHERE t.issue_id = i.id LIMIT 1), gen_random_uuid(), $2, $3,
                       'county-supervisor', i.county_id, now(), 'open'
                FROM issues i WHERE i.id = $1::uuid
                """, id, level, card);
        }

        await Closed(ids[0], onTime: true);
        await Closed(ids[1], onTime: false);
        await sql.ExecuteAsync("UPDATE issues SET status = 'rejected' WHERE id = $1::uuid", ids[2]);
        await sql.ExecuteAsync("UPDATE workflow_tasks SET status = 'cancelled' WHERE issue_id = $1::uuid", ids[2]);
        await sql.ExecuteAsync("UPDATE issues SET overdue = true WHERE id = $1::uuid", ids[3]);
        await Card(ids[3], "yellow", 1);
        await Card(ids[3], "red", 2);
        await sql.ExecuteAsync("UPDATE issues SET status = 'rectifying', reported_at = $2 WHERE id = $1::uuid", ids[4], lastMonth.ToUniversalTime());
        await Closed(ids[5], onTime: true);
        await sql.ExecuteAsync("UPDATE issues SET reported_at = $2 WHERE id = $1::uuid", ids[5], lastMonth.AddYears(-1).ToUniversalTime());
        await sql.ExecuteAsync("UPDATE issues SET status = 'accepted', overdue = true WHERE id = $1::uuid", ids[6]);
        await Card(ids[6], "interview", 3);
        await Closed(ids[7], onTime: true);
        await Closed(ids[8], onTime: true);
        await Card(ids[9], "yellow", 1);
        return ids;
    }
}
