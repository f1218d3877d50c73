namespace GridFlow.Server.Tests.Workflows.Runtime.Timers;

/// <summary>Reports issues on a <see cref="ClockedHost"/> and reads their tasks' timers.</summary>
public sealed class TimerFlow(ClockedHost host)
{
    private readonly Lifecycle lifecycle = new(host);

    public TestSql Db { get; } = new(host.ConnectionString);

    /// <summary>Reports an issue at the demo inspector's grid; returns it and its accept task.</summary>
    public async Task<(Guid IssueId, Guid TaskId)> ReportAsync()
    {
        var issueId = Guid.Parse((await lifecycle.ReportAsync()).GetProperty("id").GetString()!);
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
}
