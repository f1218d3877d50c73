using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>Townships' and counties' figures from the run's period and scorecards: issues received, closed (on time), cards, missed reports.</summary>
[Collection(RunsCollection.Name)]
public sealed class RegionFigureTests(RunsFixture fixture)
{
    private static DateOnly MonthStart => RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day);

    [Fact]
    public async Task Figures_count_the_issues_of_each_township_and_the_missed_reports_of_its_scorecards()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var before = await ReceivedAsync();
        await RunsFixture.ReportAsync(inspector, "restaurant-fumes", 116.01, 21.01);
        await RunsFixture.ReportAsync(inspector, "restaurant-fumes", 116.02, 21.02);
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var run = await RunsFixture.RunAsync(supervisor, MonthStart, RunsFixture.Today);
        var runId = run.GetProperty("id").GetString();

        var townships = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/region-figures?level=township")).EnumerateArray().ToList();
        var test = townships.Single(t => t.GetProperty("regionId").GetString() == fixture.TownshipId.ToString());
        Assert.Equal(before + 2, test.GetProperty("issuesReceived").GetInt32());
        Assert.InRange(test.GetProperty("issuesClosedOnTime").GetInt32(), 0, test.GetProperty("issuesClosed").GetInt32());
        Assert.InRange(test.GetProperty("issuesClosed").GetInt32(), 0, test.GetProperty("issuesReceived").GetInt32());

        var county = Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/region-figures?level=county")).EnumerateArray());
        Assert.Equal(fixture.Facts.DemoCountyId.ToString(), county.GetProperty("regionId").GetString());
        foreach (var field in new[] { "issuesReceived", "issuesClosed", "issuesClosedOnTime", "yellowCards", "redCards", "missedReports" })
        {
            Assert.Equal(townships.Sum(t => t.GetProperty(field).GetInt32()), county.GetProperty(field).GetInt32());
        }

        // The demo township's missed reports are the facts of its inspectors' missedReport lines.
        var results = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?regionId={fixture.Facts.DemoTownshipId}&pageSize=500")).GetProperty("items").EnumerateArray();
        var missed = 0;
        foreach (var result in results)
        {
            var card = await RunsFixture.ScorecardAsync(supervisor, run, Guid.Parse(result.GetProperty("inspectorId").GetString()!));
            missed += card.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "missedReport").Sum(l => l.GetProperty("facts").GetArrayLength());
        }

        var demo = townships.SingleOrDefault(t => t.GetProperty("regionId").GetString() == fixture.Facts.DemoTownshipId.ToString());
        Assert.Equal(missed, demo.ValueKind == JsonValueKind.Undefined ? 0 : demo.GetProperty("missedReports").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync($"/api/assessment-runs/{runId}/region-figures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/assessment-runs/{runId}/region-figures?level=county")).StatusCode);
    }

    /// <summary>The issues reported this month in the test township so far (other tests of this host report there too).</summary>
    private async Task<int> ReceivedAsync()
    {
        var start = new DateTimeOffset(MonthStart.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        return (int)await new TestSql(fixture.App.ConnectionString).ScalarAsync<long>("SELECT count(*) FROM issues WHERE region_id = $1 AND reported_at >= $2", fixture.TownshipId, start);
    }
}
