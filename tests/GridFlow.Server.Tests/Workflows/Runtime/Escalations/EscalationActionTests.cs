using GridFlow.Server.Tests.Workflows.Runtime.Timers;

namespace GridFlow.Server.Tests.Workflows.Runtime.Escalations;

/// <summary>Supervisors' actions on escalations: extend reschedules, reassign moves the task, urge notifies, and the access rules.</summary>
public sealed class EscalationActionTests(ClockedFixture fixture) : IClassFixture<ClockedFixture>
{
    private readonly ClockedHost host = fixture.Host;
    private readonly TimerFlow flow = new(fixture.Host);

    [Fact]
    public async Task Extend_ReschedulesTheTimers_AndKeepsTheReason()
    {
        var (issueId, taskId, escalationId) = await YellowCardAsync();
        var oldRed = await flow.TimerDueAsync(taskId, "escalation", 2);
        var newDueAt = oldRed.AddDays(3);
        var supervisor = await host.ClientForAsync("county-supervisor");

        var response = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "extend", comment = "雨季施工延期 / rainy season", newDueAt });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("resolved", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(newDueAt, await flow.TimerDueAsync(taskId, "due"));
        Assert.Equal(newDueAt.UtcDateTime, await flow.Db.ScalarAsync<DateTime>("SELECT due_at FROM workflow_tasks WHERE id = $1", taskId));
        Assert.False(await flow.Db.ScalarAsync<bool>("SELECT overdue FROM issues WHERE id = $1", issueId));
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM workflow_timers WHERE task_id = $1 AND status = 'pending' AND created_at < $2", taskId, host.Clock.GetUtcNow()));
        // The fired yellow-card timer stays with its escalation; the red and interview timers it replaced are gone.
        Assert.Equal(1, await flow.Db.CountAsync("SELECT count(*) FROM workflow_timers WHERE task_id = $1 AND status = 'fired' AND kind = 'escalation'", taskId));
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM workflow_timers WHERE task_id = $1 AND due_at = $2", taskId, oldRed));
        Assert.Equal("雨季施工延期 / rainy season", await flow.Db.ScalarAsync<string>("SELECT comment FROM escalation_actions WHERE escalation_id = $1 AND action = 'extend'", escalationId));
        Assert.Equal(1, await flow.Db.CountAsync("SELECT count(*) FROM workflow_journal WHERE issue_id = $1 AND event = 'escalation-extend'", issueId));

        // The old red card time passes quietly; the new deadline raises a new yellow card.
        host.AdvanceTo(oldRed.AddSeconds(1));
        await host.SweptAsync();
        Assert.Equal(0, await flow.Db.CountAsync("SELECT count(*) FROM escalations WHERE task_id = $1 AND level = 2", taskId));
        host.AdvanceTo(newDueAt.AddSeconds(1));
        Assert.Equal(2, await flow.Db.WaitForCountAsync(2, "SELECT count(*) FROM escalations WHERE task_id = $1 AND level = 1", taskId));
    }

    [Fact]
    public async Task Extend_CountsTheLadderInWorkingDays_AcrossTheNationalDayHoliday()
    {
        var (_, taskId, escalationId) = await YellowCardAsync();
        // Wednesday 30 September 2026, 09:00 in China; 1–7 October are holidays.
        var newDueAt = new DateTimeOffset(2026, 9, 30, 1, 0, 0, TimeSpan.Zero);
        var supervisor = await host.ClientForAsync("county-supervisor");

        var response = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "extend", comment = "节前完成 / before the holiday", newDueAt });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(newDueAt, await flow.TimerDueAsync(taskId, "escalation", 1));
        // Red comes two working days after the deadline: 8 and 9 October, not 2 October.
        var red = await flow.TimerDueAsync(taskId, "escalation", 2);
        Assert.InRange(red, new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task Reassign_MovesTheTaskToTheNewUsersInbox()
    {
        var (_, taskId, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");

        var response = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "reassign", comment = "换人负责 / new owner", assignee = "inspector" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inspector = await host.ClientForAsync("inspector");
        var inbox = await inspector.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == taskId.ToString());
        var officer = await host.ClientForAsync("township-officer");
        var officerInbox = await officer.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");
        Assert.DoesNotContain(officerInbox.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == taskId.ToString());
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("user", view.GetProperty("assignee").GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData(TestAccounts.OtherCountyInspector)]
    [InlineData("designer")]
    [InlineData("admin")]
    [InlineData("nobody-of-that-name")]
    public async Task Reassign_ToSomeoneWhoCannotSeeOrWorkTheIssue_Is400OnTheAssignee_AndTheTaskStays(string assignee)
    {
        await TestAccounts.OtherCountyInspectorAsync(host.Services);
        var (_, taskId, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");

        var response = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "reassign", comment = "换人 / other owner", assignee });

        await ProblemAssert.HasFieldErrorAsync(response, "assignee");
        Assert.Equal("townshipOfficers", await flow.Db.ScalarAsync<string>("SELECT assignee_rule FROM workflow_tasks WHERE id = $1", taskId));
        Assert.Equal("open", await flow.Db.ScalarAsync<string>("SELECT status FROM escalations WHERE id = $1", escalationId));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2037-01-01T00:00:00Z")]
    public async Task Extend_BeyondTenYears_Is400OnNewDueAt_NotAnOverflow(string newDueAt)
    {
        var (_, taskId, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");
        var dueBefore = await flow.Db.ScalarAsync<DateTime>("SELECT due_at FROM workflow_tasks WHERE id = $1", taskId);

        var response = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "extend", comment = "很久 / a long time", newDueAt });

        await ProblemAssert.HasFieldErrorAsync(response, "newDueAt");
        Assert.Equal(dueBefore, await flow.Db.ScalarAsync<DateTime>("SELECT due_at FROM workflow_tasks WHERE id = $1", taskId));
    }

    [Fact]
    public async Task Urge_NotifiesTheAssignee_AndLeavesItOpen_ThenCloseResolves_ThenConflict()
    {
        var (_, taskId, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");
        var reminders = await flow.OutboxAsync(taskId, "task-reminder");

        var urged = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "urge", comment = "请尽快处理 / hurry" });
        Assert.Equal(HttpStatusCode.OK, urged.StatusCode);
        Assert.Equal("open", (await urged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(reminders + 1, await flow.OutboxAsync(taskId, "task-reminder"));

        var closed = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "close", comment = "已约谈 / talked to them" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var again = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "close", comment = "again" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Actions_AreRefused_WhenInvalidOrNotTheSupervisors()
    {
        var (_, _, escalationId) = await YellowCardAsync();
        var url = $"/api/escalations/{escalationId}/actions";
        var supervisor = await host.ClientForAsync("county-supervisor");

        var noComment = await supervisor.PostAsJsonAsync(url, new { action = "close" });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("comment", await noComment.Content.ReadAsStringAsync());
        var past = await supervisor.PostAsJsonAsync(url, new { action = "extend", comment = "x", newDueAt = host.Clock.GetUtcNow().AddHours(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("newDueAt", await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.ClientForAsync("admin")).PostAsJsonAsync(url, new { action = "close", comment = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ClientForAsync("township-officer")).PostAsJsonAsync(url, new { action = "close", comment = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/escalations/{Guid.NewGuid()}/actions", new { action = "close", comment = "x" })).StatusCode);
    }

    [Fact]
    public async Task List_IsScopedToTheSupervisorsRegion()
    {
        var (issueId, _, escalationId) = await YellowCardAsync();

        var mine = await (await host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>("/api/escalations?status=open&level=1&pageSize=500");
        var item = mine.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetString() == escalationId.ToString());
        Assert.Equal(issueId.ToString(), item.GetProperty("issueId").GetString());
        Assert.Equal("yellow", item.GetProperty("card").GetString());
        Assert.Equal("townshipOfficers", item.GetProperty("assignee").GetProperty("rule").GetString());
        var all = await (await host.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/escalations?pageSize=500");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == escalationId.ToString());
        var none = await (await host.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>("/api/escalations");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var bad = await (await host.ClientForAsync("admin")).GetAsync("/api/escalations?status=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>A new issue whose accept task passed its deadline: its yellow card is open.</summary>
    private async Task<(Guid IssueId, Guid TaskId, Guid EscalationId)> YellowCardAsync()
    {
        var (issueId, taskId) = await flow.ReportAsync();
        host.AdvanceTo((await flow.TimerDueAsync(taskId, "due")).AddSeconds(1));
        Assert.Equal(1, await flow.WaitForEscalationAsync(taskId, 1));
        var escalationId = await flow.Db.ScalarAsync<Guid>("SELECT id FROM escalations WHERE task_id = $1 AND level = 1", taskId);
        return (issueId, taskId, escalationId);
    }
}
