using GridFlow.Server.Tests.Assessments.Runs;
using GridFlow.Web.Components.Statistics;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Statistics;

/// <summary>
/// The map coloured by assessment grade: each grid has the grade of its inspector's result in the chosen done run (the
/// newest by default) as GET /api/assessment-runs/{id}/grids says, the legend's colour for that grade, grey without one.
/// </summary>
public sealed class MapGradeTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task Map_ColoursEachGridByItsInspectorsGradeInTheRun_AsTheApiSays()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var run = await RunsFixture.RunAsync(await fixture.App.ClientForAsync("city-supervisor"), new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1), RunsFixture.Today);
        var runId = run.GetProperty("id").GetString()!;
        var latest = (await supervisor.GetFromJsonAsync<JsonElement>("/api/assessment-runs?status=done")).GetProperty("items")[0].GetProperty("id").GetString();
        Assert.Equal(runId, latest);
        var graded = await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/grids?regionId={facts.DemoTownshipId}");
        var schemeGrades = graded.GetProperty("grades").EnumerateArray().Select(g => g.GetString()!).ToList();
        var byGrid = graded.GetProperty("grids").EnumerateArray().ToDictionary(g => g.GetProperty("gridId").GetString()!, g => g.GetProperty("grade").GetString()!);
        Assert.Contains(facts.InspectorGridId.ToString(), byGrid.Keys);
        Assert.All(byGrid.Values, g => Assert.Contains(g, schemeGrades));

        // Scoped as the results: the inspector's own result only.
        var own = await (await fixture.App.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/grids");
        Assert.Single(own.GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("inspectorId").GetString()).Distinct());

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync($"/map?regionId={facts.DemoTownshipId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#map[data-colouring='issues']")).ToHaveCountAsync(1);
        await page.ClickAsync("#colour-grade");
        // No run named: the newest done run the user sees. (Generous waits: the run's map redraws every grid.)
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("colour=grade"), new() { Timeout = 45_000 });
        await Expect(page.Locator("#map[data-colouring='grade'][data-map-ready='true']")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        await Expect(page.Locator("#map-colouring")).ToHaveAttributeAsync("data-run", runId);
        await Expect(page.Locator("#filter-run")).ToHaveCountAsync(1);

        var legend = await page.Locator("#map-legend [data-legend-grade]").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.legendGrade, r.dataset.colour])");
        Assert.Equal([.. schemeGrades, ""], legend.Select(r => r[0]).ToArray());
        var colourOf = legend.ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(GridColours.NoGrade, colourOf[""]);
        var drawn = await page.Locator("path[data-grid-id]").EvaluateAllAsync<string[][]>(
            "paths => paths.map(p => [p.getAttribute('data-grid-id'), p.getAttribute('data-grade'), p.getAttribute('fill')])");
        Assert.True(drawn.Length >= byGrid.Count);
        foreach (var grid in drawn)
        {
            var expected = byGrid.GetValueOrDefault(grid[0]) ?? "";
            Assert.Equal(expected, grid[1]);
            Assert.Equal(colourOf[expected], grid[2]);
        }

        await BrowserAppFixture.ScreenshotAsync(page, "map-grade-zh-CN-desktop");

        // A run of another township of the county has no result for these grids: every one grey, as the API's empty list says.
        var township = (Guid)(await new TestSql(fixture.App.ConnectionString).RowsAsync(
            "SELECT id FROM regions WHERE parent_id = $1 AND id <> $2 ORDER BY code LIMIT 1", facts.DemoCountyId, facts.DemoTownshipId)).Single()[0]!;
        var elsewhere = (await RunsFixture.RunAsync(await fixture.App.ClientForAsync("city-supervisor"), new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1),
            RunsFixture.Today, new { regionId = township })).GetProperty("id").GetString()!;
        Assert.Equal(0, (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{elsewhere}/grids?regionId={facts.DemoTownshipId}")).GetProperty("grids").GetArrayLength());
        await page.GotoAsync($"/map?regionId={facts.DemoTownshipId}&colour=grade&runId={elsewhere}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#map[data-colouring='grade'][data-map-ready='true']")).ToHaveCountAsync(1);
        var grey = await page.Locator("path[data-grid-id]").EvaluateAllAsync<string[][]>("paths => paths.map(p => [p.getAttribute('data-grade'), p.getAttribute('fill')])");
        Assert.Equal(drawn.Length, grey.Length);
        Assert.All(grey, g => Assert.Equal(["", GridColours.NoGrade], g));

        // A run named in the address that the caller may not see (or none at all) is a message, not a map.
        await page.GotoAsync($"/map?regionId={facts.DemoTownshipId}&colour=grade&runId={Guid.NewGuid()}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#map-problem")).ToHaveCountAsync(1);

        await page.GotoAsync($"/culture?name=en&returnUrl={Uri.EscapeDataString($"/map?regionId={facts.DemoTownshipId}&colour=grade&runId={runId}")}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(768, 1024);
        await Expect(page.Locator("#map[data-colouring='grade'][data-map-ready='true']")).ToHaveCountAsync(1);
        await BrowserAppFixture.ScreenshotAsync(page, "map-grade-en-tablet");
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
