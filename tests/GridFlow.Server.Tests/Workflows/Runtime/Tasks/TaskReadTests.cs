using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Workflows.Runtime.Tasks;

/// <summary><c>GET /api/tasks/{id}</c> for every kind of caller: the assignee, those above, and those who may not see it.</summary>
public sealed class TaskReadTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Theory]
    [InlineData("township-officer")]
    [InlineData("county-supervisor")]
    [InlineData("city-supervisor")]
    [InlineData("admin")]
    [InlineData("designer")]
    [InlineData("inspector")]
    public async Task ATaskOfAnIssueTheCallerSees_Is200_WhetherOrNotTheyHoldIt(string role)
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;

        var response = await (await flow.As(role)).GetAsync($"/api/tasks/{task}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("accept", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activityId").GetString());
    }

    [Theory]
    [InlineData("township-officer")]
    [InlineData("county-supervisor")]
    [InlineData("inspector")]
    public async Task ATaskOfAnIssueTheCallerCannotSee_Is404_LikeOneThatDoesNotExist(string role)
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var id = (await flow.ReportAsync(reporter: "city-supervisor", at: await flow.GridCentreAsync(facts.OtherCountyGridId))).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("admin", id, "accept", inbox: false)).GetProperty("id").GetString()!;
        var client = await flow.As(role);

        var hidden = await client.GetAsync($"/api/tasks/{task}");
        var missing = await client.GetAsync($"/api/tasks/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await BodyWithoutTraceAsync(missing), await BodyWithoutTraceAsync(hidden));
    }

    [Fact]
    public async Task ADoneTask_ReadAlone_CarriesItsCommentAndData_AndEveryTaskItsIssue()
    {
        var reported = await flow.ReportAsync();
        var id = reported.GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;
        var client = await flow.As("township-officer");

        var open = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}");
        Assert.False(open.TryGetProperty("comment", out _));
        Assert.False(open.TryGetProperty("data", out _));
        Assert.Equal(reported.GetProperty("code").GetString(), open.GetProperty("issue").GetProperty("code").GetString());
        Assert.Equal("dust", open.GetProperty("issue").GetProperty("category").GetString());
        Assert.Equal(reported.GetProperty("regionId").GetString(), open.GetProperty("issue").GetProperty("regionId").GetString());
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == task);
        Assert.Equal(reported.GetProperty("code").GetString(), listed.GetProperty("issue").GetProperty("code").GetString());

        var completed = await flow.CompleteAsync("township-officer", task, "dispatch", new { responsibleUnit = "城管中队" }, "请尽快整改");
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        var done = await (await flow.As("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/tasks/{task}");
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("dispatch", done.GetProperty("outcome").GetString());
        Assert.Equal("请尽快整改", done.GetProperty("comment").GetString());
        Assert.Equal("城管中队", done.GetProperty("data").GetProperty("responsibleUnit").GetString());
    }

    /// <summary>The problem details without the trace id, which differs per request.</summary>
    private static async Task<string> BodyWithoutTraceAsync(HttpResponseMessage response)
    {
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        body.Remove("traceId");
        return body.ToJsonString();
    }
}
