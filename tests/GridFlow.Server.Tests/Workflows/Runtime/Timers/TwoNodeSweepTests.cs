namespace GridFlow.Server.Tests.Workflows.Runtime.Timers;

/// <summary>Two GridFlow hosts sweep one database together: a thousand timers due at once fire exactly once each.</summary>
public sealed class TwoNodeSweepTests
{
    [Fact]
    public async Task ThousandDueTimers_TwoNodes_EachFiresExactlyOnce()
    {
        var connectionString = await TestDatabases.CreateDemoAsync();
        await using var first = new GridFlowApp(connectionString);
        first.StartServer();
        var flow = new Lifecycle(first);
        var issues = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            issues.Add((await flow.ReportAsync()).GetProperty("id").GetString()!);
        }

        await using var second = new GridFlowApp(connectionString);
        second.StartServer();
        var sql = new TestSql(connectionString);
        var tasks = await sql.RowsAsync("SELECT id, instance_id, issue_id FROM workflow_tasks WHERE issue_id = ANY($1) AND status = 'open'", issues.Select(Guid.Parse).ToArray());
        Assert.Equal(3, tasks.Count);
        var before = await sql.CountAsync("SELECT count(*) FROM outbox WHERE template = 'task-reminder'");

        // Due a second ago, all at once: both sweepers race for them.
        var inserted = await sql.ExecuteAsync("""
            INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, status, created_at)
            SELECT gen_random_uuid(), t.id, t.instance_id, t.issue_id, 'reminder', now() - interval '1 second', 'pending', now()
            FROM generate_series(1, 1000) g, LATERAL (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(id, instance_id, issue_id) OFFSET g % 3 LIMIT 1) t
            """,
            tasks.Select(t => (Guid)t[0]!).ToArray(), tasks.Select(t => (Guid)t[1]!).ToArray(), tasks.Select(t => (Guid)t[2]!).ToArray());
        Assert.Equal(1000, inserted);

        Assert.Equal(1000, await sql.WaitForCountAsync(1000, "SELECT count(*) FROM workflow_timers WHERE kind = 'reminder' AND status = 'fired' AND created_at > now() - interval '1 hour'"));
        // Both nodes sweep once more: a timer fired twice would add a second notice now.
        await Task.WhenAll(first.SweptAsync(), second.SweptAsync());
        Assert.Equal(1000, await sql.CountAsync("SELECT count(*) FROM outbox WHERE template = 'task-reminder'") - before);
        Assert.Equal(0, await sql.CountAsync("SELECT count(*) FROM workflow_timers WHERE status = 'pending' AND due_at < now() - interval '1 second' AND kind = 'reminder'"));
    }
}
