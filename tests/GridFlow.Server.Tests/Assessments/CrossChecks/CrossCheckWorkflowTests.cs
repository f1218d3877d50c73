namespace GridFlow.Server.Tests.Assessments.CrossChecks;

/// <summary>A cross-check from order to done, through the engine: the checker's task, the issues found, the completion.</summary>
[Collection(CrossChecksCollection.Name)]
public sealed class CrossCheckWorkflowTests(CrossCheckFixture fixture)
{
    [Fact]
    public async Task Order_TaskDueAtDueAt_TwoIssuesReported_Completed_IsDoneWithBothIssues()
    {
        var dueAt = fixture.Host.Clock.GetUtcNow().AddDays(5);
        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, fixture.CheckerUserId, dueAt);
        var id = order.GetProperty("id").GetString()!;
        Assert.Equal("open", order.GetProperty("status").GetString());
        Assert.Equal(fixture.CheckerUserId, order.GetProperty("checkerUserId").GetString());
        Assert.Equal(dueAt, order.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(0, order.GetProperty("issueIds").GetArrayLength());
        var taskId = order.GetProperty("taskId").GetString();

        // The checker finds the task in their inbox, due when the order said, and marked as a cross-check's.
        var checker = await fixture.Host.ClientForAsync(TestAccounts.OtherCountyInspector);
        var inbox = (await checker.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me")).GetProperty("items");
        var task = inbox.EnumerateArray().Single(t => t.GetProperty("id").GetString() == taskId);
        Assert.Equal(dueAt, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("cross-check", task.GetProperty("kind").GetString());
        Assert.Equal("designatedUser", task.GetProperty("assignee").GetProperty("rule").GetString());

        // What they find is reported as ordinary issues, linked to the cross-check.
        var centre = await fixture.Flow.GridCentreAsync(fixture.Facts.InspectorGridId);
        var issueIds = new List<string>();
        foreach (var at in new[] { centre, (centre.Lat + 0.0002, centre.Lon + 0.0002) })
        {
            var reported = await fixture.ReportAsync(id, at);
            Assert.True(reported.StatusCode == HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
            issueIds.Add((await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var issue = await (await fixture.Host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/issues/{issueIds[0]}");
        Assert.Equal("cross-check", issue.GetProperty("source").GetString());
        Assert.Equal("issue", issue.GetProperty("kind").GetString());
        Assert.Equal(id, issue.GetProperty("crossCheckId").GetString());

        var completed = await fixture.Flow.CompleteAsync(TestAccounts.OtherCountyInspector, taskId!, "done", new { summary = "两处渣土未覆盖，已上报 / two spots reported" });
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());

        var done = await (await fixture.Host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/cross-checks/{id}");
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(issueIds, done.GetProperty("issueIds").EnumerateArray().Select(e => e.GetString()!).ToList());
        var codes = new List<string>();
        foreach (var issueId in issueIds)
        {
            codes.Add((await (await fixture.Host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/issues/{issueId}")).GetProperty("code").GetString()!);
        }

        Assert.Equal(codes, done.GetProperty("issueCodes").EnumerateArray().Select(e => e.GetString()!).ToList());
        var doneList = await (await fixture.Host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>("/api/cross-checks?status=done&pageSize=500");
        Assert.Contains(doneList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        // Nothing more is reported for a cross-check that is done.
        await ProblemAssert.HasFieldErrorAsync(await fixture.ReportAsync(id, centre), "crossCheckId");
    }

    [Fact]
    public async Task TheCase_NeverAppearsInIssueLists_ButReadsByIdWithItsKind()
    {
        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, fixture.CheckerUserId, fixture.Host.Clock.GetUtcNow().AddDays(2));
        var caseId = order.GetProperty("caseId").GetString();

        foreach (var user in new[] { "admin", "city-supervisor", "county-supervisor", "township-officer", "inspector", TestAccounts.OtherCountyInspector })
        {
            var client = await fixture.Host.ClientForAsync(user);
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/issues?gridId={fixture.Facts.InspectorGridId}&pageSize=500");
            Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == caseId);
            Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("issue", i.GetProperty("kind").GetString()));
        }

        // The checker reads the case of their task wherever it is.
        var detail = await (await fixture.Host.ClientForAsync(TestAccounts.OtherCountyInspector)).GetFromJsonAsync<JsonElement>($"/api/issues/{caseId}");
        Assert.Equal("cross-check", detail.GetProperty("kind").GetString());
        Assert.Equal(order.GetProperty("taskId").GetString(), Assert.Single(detail.GetProperty("openTasks").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task ASupervisorOverTheGrid_MayBeTheChecker()
    {
        var supervisor = await fixture.UserIdAsync("city-supervisor");

        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, supervisor, fixture.Host.Clock.GetUtcNow().AddDays(3));

        var inbox = await (await fixture.Host.ClientForAsync("city-supervisor")).GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == order.GetProperty("taskId").GetString());
    }
}
