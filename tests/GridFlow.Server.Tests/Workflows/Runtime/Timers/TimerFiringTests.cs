namespace GridFlow.Server.Tests.Workflows.Runtime.Timers;

/// <summary>The escalation ladder of the accept task (1 working day, reminder at 75 %, yellow at the deadline, red later) on a fake clock.</summary>
public sealed class TimerFiringTests(ClockedFixture fixture) : IClassFixture<ClockedFixture>
{
    private readonly ClockedHost host = fixture.Host;
    private readonly TimerFlow flow = new(fixture.Host);

    [Fact]
    public async Task Reminder_FiresAtSeventyFivePercent_Once()
    {
        var opened = host.Clock.GetUtcNow();
        var (_, taskId) = await flow.ReportAsync();
        var reminder = await flow.TimerDueAsync(taskId, "reminder");
        var due = await flow.TimerDueAsync(taskId, "due");
        Assert.Equal(0.75, (reminder - opened) / (due - opened), 2);

        host.AdvanceTo(reminder.AddSeconds(-1));
        await host.SweptAsync();
        Assert.Equal(0, await flow.OutboxAsync(taskId, "task-reminder"));

        host.AdvanceTo(reminder.AddSeconds(1));
        Assert.Equal(1, await flow.WaitForOutboxAsync(taskId, "task-reminder"));
        await host.SweptAsync();
        Assert.Equal(1, await flow.OutboxAsync(taskId, "task-reminder"));
        Assert.Equal("""{"rule": "taskAssignee"}""", await flow.Db.ScalarAsync<string>("SELECT recipients::text FROM outbox WHERE task_id = $1 AND template = 'task-reminder'", taskId));
        Assert.Equal("fired", await flow.Db.ScalarAsync<string>("SELECT status FROM workflow_timers WHERE task_id = $1 AND kind = 'reminder'", taskId));
        Assert.Equal("pending", await flow.Db.ScalarAsync<string>("SELECT status FROM workflow_timers WHERE task_id = $1 AND kind = 'due'", taskId));
    }

    [Fact]
    public async Task Deadline_MarksOverdue_AndRaisesYellowCardToTheCounty()
    {
        var (issueId, taskId) = await flow.ReportAsync();
        var due = await flow.TimerDueAsync(taskId, "due");

        host.AdvanceTo(due.AddSeconds(1));
        Assert.Equal(1, await flow.WaitForEscalationAsync(taskId, 1));
        Assert.Equal(1, await flow.WaitForOutboxAsync(taskId, "task-overdue"));

        var issue = (await flow.Db.RowsAsync("SELECT overdue, escalation_level, county_id FROM issues WHERE id = $1", issueId)).Single();
        Assert.Equal(true, issue[0]);
        Assert.Equal(1, issue[1]);
        var escalation = (await flow.Db.RowsAsync("SELECT card, role, region_id, status FROM escalations WHERE task_id = $1", taskId)).Single();
        Assert.Equal(new object?[] { "yellow", "county-supervisor", issue[2], "open" }, escalation);
        Assert.Equal("fired", await flow.Db.ScalarAsync<string>("SELECT status FROM workflow_timers WHERE task_id = $1 AND kind = 'due'", taskId));
        var recipients = await flow.Db.ScalarAsync<string>("SELECT recipients::text FROM outbox WHERE task_id = $1 AND template = 'issue-escalated'", taskId);
        Assert.Contains("county-supervisor", recipients);
        Assert.Contains(issue[2]!.ToString()!, recipients);
        Assert.Contains("黄牌", await flow.Db.ScalarAsync<string>("SELECT comment FROM workflow_journal WHERE issue_id = $1 AND event = 'escalated'", issueId));
    }

    [Fact]
    public async Task RedCard_FollowsLater_ToTheCity()
    {
        var (issueId, taskId) = await flow.ReportAsync();
        var red = await flow.TimerDueAsync(taskId, "escalation", 2);
        Assert.True(red > await flow.TimerDueAsync(taskId, "due"));

        host.AdvanceTo(red.AddSeconds(1));
        Assert.Equal(1, await flow.WaitForEscalationAsync(taskId, 2));
        Assert.Equal(1, await flow.WaitForEscalationAsync(taskId, 1));
        var row = (await flow.Db.RowsAsync("SELECT e.card, e.role, e.region_id = s.city_id, s.escalation_level FROM escalations e JOIN issues s ON s.id = e.issue_id WHERE e.task_id = $1 AND e.level = 2", taskId)).Single();
        Assert.Equal(new object?[] { "red", "city-supervisor", true, 2 }, row);
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM escalations WHERE task_id = $1 AND level = 3", taskId));
        Assert.Equal(2, await flow.Db.CountAsync("SELECT count(*) FROM workflow_journal WHERE issue_id = $1 AND event = 'escalated'", issueId));
    }

    [Fact]
    public async Task Ladder_IsOnePendingRow_AndALateSweepFiresEveryDueRungAsARowOfItsOwn()
    {
        var (_, taskId) = await flow.ReportAsync();
        var ladder = await flow.Db.RowsAsync("SELECT kind, jsonb_array_length(rest) FROM workflow_timers WHERE task_id = $1", taskId);
        // reminder, then the deadline, yellow, red and the interview rung in rest.
        Assert.Equal(new object?[] { "reminder", 4 }, Assert.Single(ladder));
        var red = await flow.TimerDueAsync(taskId, "escalation", 2);

        // One jump past four rungs: the sweep fires them all at once, not one per sweep.
        host.AdvanceTo(red.AddSeconds(1));
        Assert.Equal(1, await flow.WaitForEscalationAsync(taskId, 2));
        var rows = await flow.Db.RowsAsync("SELECT kind, coalesce(level, 0), status, rest IS NULL FROM workflow_timers WHERE task_id = $1 ORDER BY due_at, kind", taskId);
        object?[][] expected =
        [
            ["reminder", 0, "fired", false], ["due", 0, "fired", true], ["escalation", 1, "fired", true],
            ["escalation", 2, "fired", true], ["escalation", 3, "pending", true],
        ];
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task CompletingTheTask_CancelsItsTimers()
    {
        var (issueId, taskId) = await flow.ReportAsync();
        var red = await flow.TimerDueAsync(taskId, "escalation", 2);
        var officer = await host.ClientForAsync("township-officer");
        var response = await officer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "dispatch" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM workflow_timers WHERE task_id = $1", taskId));

        host.AdvanceTo(red.AddSeconds(1));
        await host.SweptAsync();
        // The report's own notice names the task too (it announced it); none of the task's timers wrote one.
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM outbox WHERE task_id = $1 AND template <> 'task-assigned'", taskId));
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM escalations WHERE task_id = $1", taskId));
        // The next task (rectify) has its own ladder, which did run.
        Assert.True(await flow.Db.CountAsync("SELECT count(*) FROM workflow_timers WHERE issue_id = $1 AND task_id <> $2", issueId, taskId) > 0);
    }
}
