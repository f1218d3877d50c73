using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>Rankings per county and township: every grade of the scheme counted, top and bottom three, the mean; scoped like results.</summary>
[Collection(RunsCollection.Name)]
public sealed class RankingTests(RunsFixture fixture)
{
    private static DateOnly MonthStart => RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day);

    [Fact]
    public async Task Rankings_count_every_grade_and_show_the_best_and_worst_three_of_each_region()
    {
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var run = await RunsFixture.RunAsync(supervisor, MonthStart, RunsFixture.Today);
        var runId = run.GetProperty("id").GetString();
        var results = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=500")).GetProperty("items").EnumerateArray().ToList();

        var counties = await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=county");
        var county = Assert.Single(counties.EnumerateArray());
        Assert.Equal(fixture.Facts.DemoCountyId.ToString(), county.GetProperty("regionId").GetString());
        Assert.Equal("东昌府区", county.GetProperty("name").GetString());
        Assert.Equal(results.Count, county.GetProperty("inspectors").GetInt32());
        Assert.Equal(Math.Round(results.Average(r => r.GetProperty("score").GetDecimal()), 2, MidpointRounding.AwayFromZero), county.GetProperty("meanScore").GetDecimal());
        Assert.Equal(["优秀", "良好", "合格", "不合格"], county.GetProperty("grades").EnumerateObject().Select(g => g.Name).ToArray());
        Assert.Equal(results.Count, county.GetProperty("grades").EnumerateObject().Sum(g => g.Value.GetInt32()));
        Assert.Equal(results.Take(3).Select(Id), county.GetProperty("top").EnumerateArray().Select(Id));
        Assert.Equal(results.TakeLast(3).Reverse().Select(Id), county.GetProperty("bottom").EnumerateArray().Select(Id));

        var townships = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=township")).EnumerateArray().ToList();
        Assert.Equal(results.Count, townships.Sum(t => t.GetProperty("inspectors").GetInt32()));
        Assert.Equal(townships.Select(t => t.GetProperty("meanScore").GetDecimal()).OrderDescending(), townships.Select(t => t.GetProperty("meanScore").GetDecimal()));
        Assert.All(townships, t => Assert.InRange(t.GetProperty("top").GetArrayLength(), 1, 3));
    }

    [Fact]
    public async Task A_missing_or_unknown_level_is_400_naming_level_and_an_inspector_is_refused()
    {
        var admin = await fixture.App.ClientForAsync("admin");
        var run = await RunsFixture.RunAsync(admin, MonthStart, RunsFixture.Today, new { regionId = fixture.Facts.DemoTownshipId });
        var runId = run.GetProperty("id").GetString();
        foreach (var query in new[] { "", "?level=city", "?level=County" })
        {
            var response = await admin.GetAsync($"/api/assessment-runs/{runId}/rankings{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("level", out _));
        }

        var inspector = await fixture.App.ClientForAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/assessment-runs/{runId}/rankings?level=county")).StatusCode);
        var other = await admin.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=county");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/assessment-runs/{Guid.NewGuid()}/rankings?level=county")).StatusCode);
        Assert.Single(other.EnumerateArray());
    }

    private static string Id(JsonElement result) => result.GetProperty("inspectorId").GetString()!;
}
