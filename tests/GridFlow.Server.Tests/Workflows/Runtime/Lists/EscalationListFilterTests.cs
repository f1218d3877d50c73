using GridFlow.Server.Tests.Workflows.Runtime.Timers;

namespace GridFlow.Server.Tests.Workflows.Runtime.Lists;

/// <summary>
/// <c>GET /api/escalations</c>'s card, region and category filters, the issue's and task's facts on each row, and
/// <c>GET /api/escalations/{id}/assignees</c>: whom the console offers for a reassignment, each accepted by the action.
/// </summary>
public sealed class EscalationListFilterTests(ClockedFixture fixture) : IClassFixture<ClockedFixture>
{
    private readonly ClockedHost host = fixture.Host;
    private readonly TimerFlow flow = new(fixture.Host);

    [Fact]
    public async Task Filters_CardRegionAndCategory_AndEachRowCarriesItsIssueAndTask()
    {
        var (issueId, taskId, escalationId) = await YellowCardAsync();
        var facts = await DemoFacts.LoadAsync(host.ConnectionString);
        var supervisor = await host.ClientForAsync("county-supervisor");

        var yellow = await ListAsync(supervisor, $"card=yellow&regionId={facts.DemoTownshipId}&category=dust&status=open");
        var row = yellow.Single(e => e.GetProperty("id").GetString() == escalationId.ToString());
        Assert.Equal(issueId.ToString(), row.GetProperty("issueId").GetString());
        Assert.Equal("dust", row.GetProperty("category").GetString());
        Assert.Equal(facts.DemoTownshipId.ToString(), row.GetProperty("regionId").GetString());
        Assert.Equal(await flow.Db.ScalarAsync<string>("SELECT code FROM issues WHERE id = $1", issueId), row.GetProperty("issueCode").GetString());
        Assert.Equal(await flow.Db.ScalarAsync<string>("SELECT name FROM workflow_tasks WHERE id = $1", taskId), row.GetProperty("taskName").GetString());
        Assert.Equal(JsonValueKind.String, row.GetProperty("dueAt").ValueKind);
        Assert.All(yellow, e => Assert.Equal("yellow", e.GetProperty("card").GetString()));
        Assert.DoesNotContain(await ListAsync(supervisor, "card=red"), e => e.GetProperty("id").GetString() == escalationId.ToString());
        Assert.DoesNotContain(await ListAsync(supervisor, "category=open-burning"), e => e.GetProperty("id").GetString() == escalationId.ToString());
        var admin = await host.ClientForAsync("admin");
        Assert.DoesNotContain(await ListAsync(admin, $"regionId={facts.OtherCountyId}"), e => e.GetProperty("id").GetString() == escalationId.ToString());
        Assert.Contains(await ListAsync(admin, $"regionId={facts.DemoCountyId}&sort=dueAt&desc=false"), e => e.GetProperty("id").GetString() == escalationId.ToString());
    }

    [Fact]
    public async Task FromAndTo_KeepTheEscalationsRaisedOnThoseChinaDays()
    {
        var (_, _, escalationId) = await YellowCardAsync();
        var raisedAt = await flow.Db.ScalarAsync<DateTime>("SELECT raised_at FROM escalations WHERE id = $1", escalationId);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(raisedAt, DateTimeKind.Utc), GridFlow.Workflows.Core.Calendar.ChinaTime.Zone));
        string Text(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var supervisor = await host.ClientForAsync("county-supervisor");
        var id = escalationId.ToString();

        Assert.Contains(await ListAsync(supervisor, $"from={Text(day)}&to={Text(day)}"), e => e.GetProperty("id").GetString() == id);
        Assert.Contains(await ListAsync(supervisor, $"from={Text(day)}"), e => e.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await ListAsync(supervisor, $"from={Text(day.AddDays(1))}"), e => e.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await ListAsync(supervisor, $"to={Text(day.AddDays(-1))}"), e => e.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Kind_KeepsTheEscalationsOfThatKindOfCase()
    {
        var (issueId, _, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");
        var id = escalationId.ToString();
        Assert.Contains(await ListAsync(supervisor, "kind=issue"), e => e.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await ListAsync(supervisor, "kind=appeal"), e => e.GetProperty("id").GetString() == id);

        // The same case read as an appeal's (its kind is all that changes): now only kind=appeal lists it.
        await flow.Db.ExecuteAsync("UPDATE issues SET kind = 'appeal' WHERE id = $1", issueId);
        Assert.DoesNotContain(await ListAsync(supervisor, "kind=issue"), e => e.GetProperty("id").GetString() == id);
        Assert.Contains(await ListAsync(supervisor, "kind=appeal"), e => e.GetProperty("id").GetString() == id);
        Assert.Contains(await ListAsync(supervisor, ""), e => e.GetProperty("id").GetString() == id);
    }

    [Theory]
    [InlineData("kind=complaint", "kind")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("card=orange", "card")]
    [InlineData("sort=age", "sort")]
    [InlineData("regionId=00000000-0000-0000-0000-000000000001", "regionId")]
    public async Task BadValues_Are400_NamingTheParameter(string query, string field)
    {
        var response = await (await host.ClientForAsync("county-supervisor")).GetAsync($"/api/escalations?{query}");

        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Assignees_AreThoseTheReassignAccepts_AndOnlySupervisorsSeeThem()
    {
        var (_, taskId, escalationId) = await YellowCardAsync();
        var supervisor = await host.ClientForAsync("county-supervisor");

        var candidates = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/escalations/{escalationId}/assignees"))!.EnumerateArray()
            .Select(c => c.GetProperty("userName").GetString()!).ToList();

        Assert.Contains("township-officer", candidates);
        Assert.Contains("inspector", candidates);
        Assert.Contains("county-supervisor", candidates);
        Assert.DoesNotContain("admin", candidates);
        Assert.DoesNotContain("designer", candidates);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ClientForAsync("township-officer")).GetAsync($"/api/escalations/{escalationId}/assignees")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/escalations/{Guid.NewGuid()}/assignees")).StatusCode);
        var reassigned = await supervisor.PostAsJsonAsync($"/api/escalations/{escalationId}/actions", new { action = "reassign", comment = "换人 / new owner", assignee = "inspector" });
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        Assert.Equal("user", await flow.Db.ScalarAsync<string>("SELECT assignee_rule FROM workflow_tasks WHERE id = $1", taskId));
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/escalations?{query}&pageSize=500");
        return [.. page.GetProperty("items").EnumerateArray()];
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
