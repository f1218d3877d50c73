namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>
/// The inbox merges one index branch per kind of assignee and pages the merge: pages must tile the whole inbox in
/// order, every page must carry the same total, and a page past the end is empty but still counted.
/// </summary>
public sealed class InboxPagingTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Officer = "township-officer";

    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task Pages_TileTheInboxInDueOrder_WithOneTotal()
    {
        var reported = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            reported.Add((await flow.ReportAsync()).GetProperty("id").GetString()!);
        }

        // One issue moves on to rectification: still the officers' task, due later than the fresh accept tasks.
        await flow.AdvanceAsync(Officer, reported[0], "accept", "dispatch");
        var officer = await flow.As(Officer);
        var whole = await officer.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");
        var all = whole.GetProperty("items").EnumerateArray().ToList();
        var total = whole.GetProperty("total").GetInt32();
        Assert.Equal(all.Count, total);
        Assert.All(reported.Skip(1), id => Assert.Contains(all, t => t.GetProperty("issueId").GetString() == id && t.GetProperty("activityId").GetString() == "accept"));
        Assert.Contains(all, t => t.GetProperty("issueId").GetString() == reported[0] && t.GetProperty("activityId").GetString() == "rectify");
        var due = all.Select(t => t.GetProperty("dueAt").ValueKind == JsonValueKind.Null ? DateTimeOffset.MaxValue : t.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(due.Order().ToList(), due);

        var paged = new List<string>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var answer = await officer.GetFromJsonAsync<JsonElement>($"/api/tasks?assignedTo=me&page={page}&pageSize=2");
            Assert.Equal(total, answer.GetProperty("total").GetInt32());
            paged.AddRange(answer.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
        }

        Assert.Equal(all.Select(t => t.GetProperty("id").GetString()!), paged);
        var beyond = await officer.GetFromJsonAsync<JsonElement>($"/api/tasks?assignedTo=me&page={total + 5}&pageSize=2");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.Equal(total, beyond.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DoneTasks_AreListedByStatus_AndLeaveTheOpenInbox()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var accept = (await flow.TaskAsync(Officer, id, "accept")).GetProperty("id").GetString()!;
        await flow.AdvanceAsync(Officer, id, "accept", "dispatch");
        var officer = await flow.As(Officer);

        var done = await officer.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&status=done&pageSize=500");
        var open = await officer.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");

        Assert.Contains(done.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == accept);
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == accept);
        Assert.Contains(open.GetProperty("items").EnumerateArray(), t => t.GetProperty("issueId").GetString() == id && t.GetProperty("activityId").GetString() == "rectify");
    }

    [Fact]
    public async Task InboxTasks_CarryTheDefinitionsOutcomesAndForm_InPlainUtf8()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var officer = await flow.As(Officer);

        var body = await officer.GetStringAsync("/api/tasks?assignedTo=me&pageSize=500");

        // Chinese is written as itself, not as \uXXXX escapes.
        Assert.Contains("受理派单 Accept and dispatch", body);
        Assert.DoesNotContain("\\u", body);
        var accept = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("issueId").GetString() == id && t.GetProperty("activityId").GetString() == "accept");
        Assert.Equal(["dispatch", "reject", "transfer"], accept.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        var form = accept.GetProperty("form").EnumerateArray().ToList();
        Assert.Equal(["responsibleUnit", "comment"], form.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("责任单位 Responsible unit", form[0].GetProperty("label").GetString());
        Assert.False(form[0].GetProperty("required").GetBoolean());
    }
}
