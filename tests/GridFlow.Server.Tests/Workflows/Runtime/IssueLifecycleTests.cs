namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>The default lifecycle, walked end to end over HTTP by the demo accounts.</summary>
public sealed class IssueLifecycleTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task Report_Dispatch_Rectify_Verify_ClosesTheIssue()
    {
        var issue = await flow.ReportAsync();
        var id = issue.GetProperty("id").GetString()!;
        Assert.Equal("reported", issue.GetProperty("status").GetString());
        Assert.Matches(@"^\d{8}-\d{6}$", issue.GetProperty("code").GetString());

        var dispatched = await flow.AdvanceAsync("township-officer", id, "accept", "dispatch", new { responsibleUnit = "古楼街道城管中队" });
        Assert.Equal("rectifying", dispatched.GetProperty("status").GetString());
        Assert.Equal("rectify", Assert.Single(dispatched.GetProperty("openTasks").EnumerateArray()).GetProperty("activityId").GetString());

        var rectified = await flow.AdvanceAsync("township-officer", id, "rectify", "submitted", await flow.RectificationAsync());
        Assert.Equal("verifying", rectified.GetProperty("status").GetString());

        var verified = await flow.AdvanceAsync("inspector", id, "verify", "pass", await flow.VerificationAsync());
        Assert.Equal("closed", verified.GetProperty("status").GetString());

        var detail = await flow.IssueAsync(id);
        Assert.Equal("closed", detail.GetProperty("status").GetString());
        Assert.Equal("reopen-window", Assert.Single(detail.GetProperty("openTasks").EnumerateArray()).GetProperty("activityId").GetString());
        var journal = detail.GetProperty("journal").EnumerateArray().ToList();
        var completed = journal.Where(e => e.GetProperty("event").GetString() == "task-completed").Select(e => (e.GetProperty("activityId").GetString(), e.GetProperty("outcome").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("accept", "dispatch", "township-officer"), ("rectify", "submitted", "township-officer"), ("verify", "pass", "inspector")], completed);
        Assert.Contains(journal, e => e.GetProperty("activityId").GetString() == "status-closed");
    }

    /// <summary>
    /// Every notification the engine writes names the task it is about: the one its step opened next after it ("a task
    /// for you"), else the task whose completion set it off ("your report was rejected").
    /// </summary>
    [Fact]
    public async Task EngineNotifications_NameTheTaskTheyAreAbout()
    {
        var db = new TestSql(fixture.App.ConnectionString);
        var kept = Guid.Parse((await flow.ReportAsync()).GetProperty("id").GetString()!);
        var rejected = Guid.Parse((await flow.ReportAsync()).GetProperty("id").GetString()!);
        await flow.AdvanceAsync("township-officer", kept.ToString(), "accept", "dispatch");
        await flow.AdvanceAsync("township-officer", rejected.ToString(), "accept", "reject");

        async Task<Guid> TaskOf(Guid issue, string activity) =>
            await db.ScalarAsync<Guid>("SELECT id FROM workflow_tasks WHERE issue_id = $1 AND activity_id = $2", issue, activity);
        async Task<Guid?> NoticeTask(Guid issue, string template) =>
            await db.ScalarAsync<Guid?>("SELECT task_id FROM outbox WHERE issue_id = $1 AND template = $2", issue, template);

        Assert.Equal(await TaskOf(kept, "accept"), await NoticeTask(kept, "task-assigned"));
        Assert.Equal(await TaskOf(kept, "rectify"), await NoticeTask(kept, "issue-dispatched"));
        Assert.Equal(await TaskOf(rejected, "accept"), await NoticeTask(rejected, "issue-rejected"));
        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM outbox WHERE issue_id = ANY($1) AND task_id IS NULL", new[] { kept, rejected }));
    }

    [Fact]
    public async Task FailedVerification_LoopsBackToRectify_WithANewDeadline()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        var firstRectify = await flow.TaskAsync("township-officer", id, "rectify");
        await flow.AdvanceAsync("township-officer", id, "rectify", "submitted", await flow.RectificationAsync());

        var failed = await flow.AdvanceAsync("inspector", id, "verify", "fail", await flow.VerificationAsync());

        Assert.Equal("rectifying", failed.GetProperty("status").GetString());
        var again = Assert.Single(failed.GetProperty("openTasks").EnumerateArray());
        Assert.Equal("rectify", again.GetProperty("activityId").GetString());
        Assert.NotEqual(firstRectify.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.True(again.GetProperty("dueAt").GetDateTimeOffset() >= firstRectify.GetProperty("dueAt").GetDateTimeOffset());
        var instance = await (await flow.As("admin")).GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{(await flow.IssueAsync(id)).GetProperty("workflowInstanceId").GetString()}");
        Assert.Equal(1, instance.GetProperty("variables").GetProperty("failedVerifications").GetInt32());
        Assert.Equal(["rectify"], instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()));

        await flow.AdvanceAsync("township-officer", id, "rectify", "submitted", await flow.RectificationAsync());
        var passed = await flow.AdvanceAsync("inspector", id, "verify", "pass", await flow.VerificationAsync());
        Assert.Equal("closed", passed.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("reject", "rejected")]
    [InlineData("transfer", "transferred")]
    public async Task Accept_RejectOrTransfer_EndsTheIssue(string outcome, string status)
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;

        var ended = await flow.AdvanceAsync("township-officer", id, "accept", outcome, new { comment = "重复上报 / duplicate" });

        Assert.Equal(status, ended.GetProperty("status").GetString());
        Assert.Empty(ended.GetProperty("openTasks").EnumerateArray());
        var instance = await (await flow.As("admin")).GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{(await flow.IssueAsync(id)).GetProperty("workflowInstanceId").GetString()}");
        Assert.Equal("completed", instance.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ClosedIssue_Reopened_GoesBackToTheTownship()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        await flow.AdvanceAsync("township-officer", id, "rectify", "submitted", await flow.RectificationAsync());
        await flow.AdvanceAsync("inspector", id, "verify", "pass", await flow.VerificationAsync());

        var reopened = await flow.AdvanceAsync("inspector", id, "reopen-window", "reopen", new { reason = "又见扬尘 / dust is back" });

        Assert.Equal("reopened", reopened.GetProperty("status").GetString());
        Assert.Equal("accept", Assert.Single(reopened.GetProperty("openTasks").EnumerateArray()).GetProperty("activityId").GetString());
        await flow.TaskAsync("township-officer", id, "accept");
    }

    [Fact]
    public async Task StrictCategory_GoesToTheCounty_AndAlertsTheCity()
    {
        var id = (await flow.ReportAsync("open-burning")).GetProperty("id").GetString()!;

        var task = await flow.TaskAsync("county-supervisor", id, "accept");

        var due = task.GetProperty("dueAt").GetDateTimeOffset() - (await flow.IssueAsync(id)).GetProperty("reportedAt").GetDateTimeOffset();
        Assert.InRange(due, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2.1));
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        Assert.Contains(db.Outbox.Where(o => o.IssueId == Guid.Parse(id)).Select(o => o.Template), t => t == "city-alert");
    }
}
