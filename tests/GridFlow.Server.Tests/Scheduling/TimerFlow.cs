namespace GridFlow.Server.Tests.Scheduling;

/// <summary>Reports issues on a <see cref="ClockedHost"/> and reads their tasks' timers.</summary>
public sealed class TimerFlow(ClockedHost host)
{
    public Sql Db { get; } = new(host.ConnectionString);

    public async Task<(Guid IssueId, Guid TaskId)> ReportAsync()
    {
        var inspector = await host.ClientForAsync("inspector");
        var me = await inspector.GetFromJsonAsync<JsonElement>("/api/me");
        var grid = await inspector.GetFromJsonAsync<JsonElement>($"/api/grids/{me.GetProperty("gridIds")[0].GetString()}");
        var ring = grid.GetProperty("boundary").GetProperty("coordinates")[0].EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        var (lat, lon) = (ring.Take(ring.Count - 1).Average(p => p.Lat), ring.Take(ring.Count - 1).Average(p => p.Lon));
        var response = await inspector.PostAsJsonAsync("/api/issues", new { category = "dust", description = "工地扬尘未覆盖 / uncovered dust", lat, lon, source = "patrol" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issueId = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var taskId = await Db.ScalarAsync<Guid>("SELECT id FROM workflow_tasks WHERE issue_id = $1 AND activity_id = 'accept' AND status = 'open'", issueId);
        return (issueId, taskId);
    }

    /// <summary>
    /// The due time of the task's pending rung of a kind (and escalation level): the pending row itself or one of the
    /// later rungs in its <c>rest</c>.
    /// </summary>
    public async Task<DateTimeOffset> TimerDueAsync(Guid taskId, string kind, int? level = null)
    {
        var due = await Db.ScalarAsync<DateTime>("""
            SELECT due FROM (
                SELECT due_at AS due, kind, level FROM workflow_timers WHERE task_id = $1 AND status = 'pending'
                UNION ALL
                SELECT (r ->> 'dueAt')::timestamptz, r ->> 'kind', (r ->> 'level')::int
                FROM workflow_timers t, jsonb_array_elements(t.rest) r WHERE t.task_id = $1 AND t.status = 'pending') rungs
            WHERE kind = $2 AND coalesce(level, 0) = $3
            """,
            taskId, kind, level ?? 0);
        Assert.NotEqual(default, due);
        return new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
    }

    public Task<long> OutboxAsync(Guid taskId, string template) =>
        Db.CountAsync("SELECT count(*) FROM outbox WHERE task_id = $1 AND template = $2", taskId, template);

    public Task<long> WaitForOutboxAsync(Guid taskId, string template, long expected = 1) =>
        Db.WaitForCountAsync(expected, "SELECT count(*) FROM outbox WHERE task_id = $1 AND template = $2", taskId, template);

    public Task<long> WaitForEscalationAsync(Guid taskId, int level) =>
        Db.WaitForCountAsync(1, "SELECT count(*) FROM escalations WHERE task_id = $1 AND level = $2", taskId, level);

    /// <summary>Gives the sweeper (every 250 ms) time to act on something it should not act on.</summary>
    public static Task SettleAsync() => Task.Delay(1500);
}
