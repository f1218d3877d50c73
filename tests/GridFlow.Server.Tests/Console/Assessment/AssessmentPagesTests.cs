using System.Globalization;
using GridFlow.Server.Tests.Assessments.Runs;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Assessment;

/// <summary>
/// The assessment pages are the API's: a run started on the page is the API's run and shows its progress by itself; its
/// results, rankings and scorecards are the API's rows in the API's order; a scorecard line opens exactly the facts the
/// API lists; the workbook and the bulletin open with the console's cookie; an inspector reads only their own card.
/// </summary>
public sealed class AssessmentPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CitySupervisor_StartsARunOnThePage_AndReadsTheApisResultsRankingsAndFiles()
    {
        var api = await fixture.App.ClientForAsync("city-supervisor");
        var before = (await api.GetFromJsonAsync<JsonElement>("/api/assessment-runs?pageSize=100")).GetProperty("total").GetInt32();
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "city-supervisor");
        await page.GotoAsync("/assessment/runs");
        await BrowserAppFixture.WaitForCircuitAsync(page);

        await page.ClickAsync("#run-new");
        await page.ClickAsync("#run-start");
        await Expect(page.Locator("#run-form")).ToHaveCountAsync(0);
        var runs = await api.GetFromJsonAsync<JsonElement>("/api/assessment-runs?pageSize=100");
        Assert.Equal(before + 1, runs.GetProperty("total").GetInt32());
        var runId = runs.GetProperty("items")[0].GetProperty("id").GetString()!;
        var run = await RunsFixture.WaitAsync(api, runId);
        // The list refreshes itself while its run is queued or running: no reload here.
        await Expect(page.Locator($"tr:has([data-run='{runId}']) [data-status]")).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 20_000 });
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-runs-zh-CN-desktop");

        await page.ClickAsync($"[data-run='{runId}']");
        await page.WaitForURLAsync($"**/assessment/runs/{runId}");
        var results = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=20");
        await Expect(page.Locator("#results-total")).ToHaveAttributeAsync("data-total", results.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        var names = results.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("inspectorName").GetString()!).ToList();
        await Expect(page.Locator("[data-result]")).ToHaveCountAsync(names.Count);
        Assert.Equal(names, await page.Locator("[data-result]").AllInnerTextsAsync());
        var rankings = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=township");
        Assert.Equal(rankings.EnumerateArray().Select(r => r.GetProperty("regionId").GetString()!).ToArray(),
            await page.Locator("[data-ranking]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ranking)"));
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-run-zh-CN-desktop");

        var workbook = await page.APIRequest.GetAsync($"/api/assessment-runs/{runId}/export.xlsx");
        Assert.Equal(200, workbook.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await workbook.BodyAsync())[..2]));
        var bulletin = await page.APIRequest.GetAsync($"/api/assessment-runs/{runId}/bulletin");
        Assert.Equal(200, bulletin.Status);
        Assert.Contains("text/html", bulletin.Headers["content-type"]);

        await page.ClickAsync("#ranking-level >> text=县/市/区");
        await page.WaitForURLAsync("**level=county*", new() { WaitUntil = WaitUntilState.Commit });
        var counties = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=county");
        await Expect(page.Locator("[data-ranking]")).ToHaveCountAsync(counties.GetArrayLength());
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-run-zh-CN-tablet");
        Assert.Equal("done", run.GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AScorecardLine_OpensTheApisFacts_AndAnInspectorReadsOnlyTheirOwnCard()
    {
        // A report of this month in the inspector's grid gives the card a line with a fact (a valid report).
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var point = (await new TestSql(fixture.App.ConnectionString).RowsAsync(
            "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_GeomFromWKB(boundary)) AS p FROM grids WHERE id = $1) q", facts.InspectorGridId)).Single();
        var reported = await RunsFixture.ReportAsync(await fixture.App.ClientForAsync("inspector"), "restaurant-fumes", (double)point[0]!, (double)point[1]!);
        var supervisor = await fixture.App.ClientForAsync("city-supervisor");
        var run = await RunsFixture.RunAsync(supervisor, new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1), RunsFixture.Today);
        var runId = run.GetProperty("id").GetString()!;
        var inspector = await fixture.App.ClientForAsync("inspector");
        var own = (await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results")).GetProperty("items").EnumerateArray().Single();
        var inspectorId = own.GetProperty("inspectorId").GetString()!;
        var card = await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results/{inspectorId}");

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "inspector");
        await page.GotoAsync($"/assessment/runs/{runId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-result]")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("#rankings").CountAsync());
        Assert.Equal(0, await page.Locator("#run-export").CountAsync());

        await page.ClickAsync($"[data-result='{inspectorId}']");
        await page.WaitForURLAsync($"**/inspectors/{inspectorId}");
        await Expect(page.Locator("#scorecard-score")).ToHaveAttributeAsync("data-score", card.GetProperty("score").GetDecimal().ToString(CultureInfo.InvariantCulture));
        var lines = card.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(lines.Select(l => l.GetProperty("itemId").GetString()!).ToArray(),
            await page.Locator("[data-line]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.line)"));
        var withFacts = lines.First(l => l.GetProperty("facts").EnumerateArray().Any(f => f.GetProperty("id").GetString() == reported));
        var itemId = withFacts.GetProperty("itemId").GetString()!;
        await page.ClickAsync($"[data-line='{itemId}']");
        await Expect(page.Locator($"[data-facts-of='{itemId}'] [data-fact]")).ToHaveCountAsync(withFacts.GetProperty("facts").GetArrayLength());
        Assert.Equal(withFacts.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray(),
            await page.Locator($"[data-facts-of='{itemId}'] [data-fact]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.fact)"));
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scorecard-zh-CN-desktop");

        var someoneElse = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=5")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("inspectorId").GetString()!).First(id => id != inspectorId);
        await page.GotoAsync($"/assessment/runs/{runId}/inspectors/{someoneElse}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#scorecard-problem")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-line]").CountAsync());

        await page.GotoAsync($"/culture?name=en&returnUrl=/assessment/runs/{runId}/inspectors/{inspectorId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(768, 1024);
        await page.ClickAsync($"[data-line='{itemId}']");
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scorecard-en-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheThreeArchives_AreTheApis_ForASupervisor_AndRefusedToAnotherInspector()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var point = (await new TestSql(fixture.App.ConnectionString).RowsAsync(
            "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_GeomFromWKB(boundary)) AS p FROM grids WHERE id = $1) q", facts.InspectorGridId)).Single();
        var (lon, lat) = ((double)point[0]!, (double)point[1]!);
        var own = await fixture.App.ClientForAsync("inspector");
        using var source = await own.PostAsJsonAsync("/api/pollution-sources", new { gridId = facts.InspectorGridId, name = "页面测试餐馆", kind = "restaurant", lat, lon, key = true, visitEveryDays = 7 });
        Assert.Equal(HttpStatusCode.Created, source.StatusCode);
        var started = DateTimeOffset.UtcNow.AddHours(-2);
        using var patrol = await own.PostAsJsonAsync("/api/patrols", new
        {
            gridId = facts.InspectorGridId, startedAt = started, endedAt = started.AddMinutes(20),
            points = Enumerable.Range(0, 21).Select(i => new { lat = lat + i * 0.00001, lon, at = started.AddMinutes(i) }),
        });
        Assert.Equal(HttpStatusCode.Created, patrol.StatusCode);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var archives = await api.GetFromJsonAsync<JsonElement>($"/api/inspectors/{facts.InspectorId}/archives?pageSize=20");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync($"/admin/inspectors?regionId={facts.DemoTownshipId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync($"#inspector-archives-{facts.InspectorId}");
        await page.WaitForURLAsync($"**/assessment/inspectors/{facts.InspectorId}/archives");

        var sources = archives.GetProperty("pollutionSources").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();
        Assert.NotEmpty(sources);
        await Expect(page.Locator("[data-source]")).ToHaveCountAsync(sources.Length);
        Assert.Equal(sources, await page.Locator("[data-source]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.source)"));
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-archives-sources-zh-CN-desktop");
        await page.Locator("#archives-tabs [role=tab]").Nth(1).ClickAsync();
        await page.WaitForURLAsync("**tab=patrols*", new() { WaitUntil = WaitUntilState.Commit });
        var patrols = archives.GetProperty("patrols").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();
        Assert.NotEmpty(patrols);
        await Expect(page.Locator("[data-patrol]")).ToHaveCountAsync(patrols.Length);
        Assert.Equal(patrols, await page.Locator("[data-patrol]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.patrol)"));
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-archives-patrols-zh-CN-desktop");
        await page.GotoAsync($"/assessment/inspectors/{facts.InspectorId}/archives?tab=study");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-training]")).ToHaveCountAsync(archives.GetProperty("study").GetArrayLength());

        var inspector = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(inspector, "inspector");
        await inspector.GotoAsync($"/assessment/inspectors/{facts.OtherCountyInspectorId}/archives");
        await BrowserAppFixture.WaitForCircuitAsync(inspector);
        await Expect(inspector.Locator("#archives-problem")).ToBeVisibleAsync();
        Assert.Equal(0, await inspector.Locator("[data-source], [data-patrol]").CountAsync());
        await page.Context.CloseAsync();
        await inspector.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
