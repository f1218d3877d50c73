using System.Globalization;
using GridFlow.Server.Tests.Assessments.Appeals;
using GridFlow.Server.Tests.Assessments.Runs;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Assessment;

/// <summary>
/// Comparing two runs shows the API's join of their results (each row's scores, difference and rank change are the
/// results API's, the run cards are each run's count, mean and grades), and its sort and grade filter are in the URL;
/// an appeal filed on the inspector's scorecard is the API's appeal, which the county supervisor finds on the appeals
/// page, decides on its task, and which then shows the API's outcome and the result's revised score.
/// </summary>
public sealed class CompareAndAppealsPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task CountySupervisor_ComparesLastMonthWithThisMonth_AndThePageIsTheJoinOfTheApisResults()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var thisMonth = new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        var runA = (await RunsFixture.RunAsync(api, lastMonth, thisMonth.AddDays(-1), new { regionId = facts.DemoCountyId })).GetProperty("id").GetString()!;
        var a = await ResultsAsync(api, runA);
        // This month two inspectors differ from the rest: a bonus for one, a deduction for another (the demo's facts score everyone alike).
        var other = a.Keys.Order(StringComparer.Ordinal).First(id => id != facts.InspectorId.ToString());
        foreach (var (inspectorId, points) in new[] { (facts.InspectorId.ToString(), 3m), (other, -20m) })
        {
            using var adjusted = await api.PostAsJsonAsync("/api/assessment-adjustments", new { inspectorId, at = DateTimeOffset.UtcNow.AddMinutes(-1), points, reason = "比较测试 / comparison test" });
            Assert.Equal(HttpStatusCode.Created, adjusted.StatusCode);
        }

        var runB = (await RunsFixture.RunAsync(api, thisMonth, RunsFixture.Today, new { regionId = facts.DemoCountyId })).GetProperty("id").GetString()!;
        var b = await ResultsAsync(api, runB);
        Assert.True(b.Values.Select(r => r.Score).Distinct().Count() > 1, "this month's scores differ");
        Assert.True(a.Count > 20, "the county's run has more than a page of inspectors");

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/assessment/runs?status=done");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        // Ticked B first: the page still makes the earlier period A.
        await page.Locator($"#run-pick-{runB}").ClickAsync();
        await page.Locator($"#run-pick-{runA}").ClickAsync();
        await Expect(page.Locator("#runs-compare")).ToBeEnabledAsync();
        await page.ClickAsync("#runs-compare");
        await page.WaitForURLAsync($"**/assessment/runs/compare?a={runA}&b={runB}", new() { WaitUntil = WaitUntilState.Commit });

        var compared = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runA}/compare/{runB}?pageSize=20");
        var total = a.Keys.Union(b.Keys).Count();
        Assert.Equal(total, compared.GetProperty("total").GetInt32());
        await Expect(page.Locator("#compared-total")).ToHaveAttributeAsync("data-total", total.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-compared]")).ToHaveCountAsync(20);
        Assert.Equal(compared.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("inspectorId").GetString()!).ToArray(), await Ids(page));
        await AssertRowsAsync(page, a, b);

        // Each run's card: its inspectors, mean and grades over the results it has.
        foreach (var (side, results) in new[] { ("a", a), ("b", b) })
        {
            var card = page.Locator($"#compare-side-{side}");
            await Expect(card).ToHaveAttributeAsync("data-inspectors", results.Count.ToString(CultureInfo.InvariantCulture));
            var mean = Math.Round(results.Values.Average(r => r.Score), 2, MidpointRounding.AwayFromZero);
            await Expect(card).ToHaveAttributeAsync("data-mean", Invariant(mean));
            foreach (var grade in results.Values.GroupBy(r => r.Grade))
            {
                await Expect(card.Locator($"[data-grade-count='{grade.Key}']")).ToHaveAttributeAsync("data-count", grade.Count().ToString(CultureInfo.InvariantCulture));
            }
        }

        await BrowserAppFixture.ScreenshotAsync(page, "assessment-compare-zh-CN-desktop");

        // Sorted by the difference, largest first; those in one run only (no difference) last.
        await page.ClickAsync("#sort-difference");
        await page.WaitForURLAsync("**sort=difference*", new() { WaitUntil = WaitUntilState.Commit });
        var bySort = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runA}/compare/{runB}?sort=difference&desc=true&pageSize=20");
        var expected = bySort.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("inspectorId").GetString()!).ToArray();
        await Expect(page.Locator("[data-compared]").First).ToHaveAttributeAsync("data-compared", expected[0]);
        Assert.Equal(expected, await Ids(page));
        var differences = a.Keys.Intersect(b.Keys).Select(id => b[id].Score - a[id].Score).OrderByDescending(d => d).Take(20).ToList();
        Assert.Equal(differences.Select(Invariant).ToArray(),
            (await page.Locator("[data-compared]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.diff)")).Take(differences.Count).ToArray());
        await AssertRowsAsync(page, a, b);

        // Only the inspectors whose grade changed (or who are in one run only).
        await page.ClickAsync("#filter-changed");
        await page.WaitForURLAsync("**changed=true*", new() { WaitUntil = WaitUntilState.Commit });
        var changed = a.Keys.Union(b.Keys).Count(id => a.GetValueOrDefault(id)?.Grade != b.GetValueOrDefault(id)?.Grade);
        await Expect(page.Locator("#compared-total")).ToHaveAttributeAsync("data-total", changed.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-compared]")).ToHaveCountAsync(Math.Min(20, changed));
        foreach (var id in await Ids(page))
        {
            Assert.NotEqual(a.GetValueOrDefault(id)?.Grade, b.GetValueOrDefault(id)?.Grade);
        }

        await AssertRowsAsync(page, a, b);
        Assert.Contains("sort=difference", page.Url);
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-compare-zh-CN-tablet");

        // The same address, opened afresh, is the same list (the filters live in the URL).
        var address = page.Url;
        var again = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(again, "county-supervisor");
        await again.GotoAsync(address);
        await BrowserAppFixture.WaitForCircuitAsync(again);
        await Expect(again.Locator("#compared-total")).ToHaveAttributeAsync("data-total", changed.ToString(CultureInfo.InvariantCulture));
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task AnInspectorAppealsALineOnTheScorecard_AndTheCountySupervisorDecidesItOnItsTask()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var inspector = await fixture.App.ClientForAsync("inspector");
        var lastMonth = new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1).AddMonths(-1);
        var runId = (await RunsFixture.RunAsync(supervisor, lastMonth, lastMonth.AddMonths(1).AddDays(-1), new { regionId = facts.DemoTownshipId })).GetProperty("id").GetString()!;
        var card = await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results/{facts.InspectorId}");
        var line = card.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("points").GetDecimal() < 0).OrderBy(l => l.GetProperty("points").GetDecimal()).First();
        var itemId = line.GetProperty("itemId").GetString()!;
        var linePoints = line.GetProperty("points").GetDecimal();

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "inspector");
        await Expect(page.Locator("#nav-appeals")).ToHaveCountAsync(1);
        await page.GotoAsync($"/assessment/runs/{runId}/inspectors/{facts.InspectorId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        // Only lines that cost points can be appealed.
        var costly = card.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("points").GetDecimal() < 0).Select(l => l.GetProperty("itemId").GetString()!).ToArray();
        await Expect(page.Locator($"#appeal-{itemId}")).ToBeVisibleAsync();
        Assert.Equal(costly.Order().ToArray(), (await page.Locator("[data-appeal-line]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.appealLine)")).Order().ToArray());

        // No reason: the API's message under the field, and nothing filed.
        await page.ClickAsync($"#appeal-{itemId}");
        await page.ClickAsync("#appeal-submit");
        await Expect(MudInputs.ErrorOf(page, "appeal-reason")).Not.ToBeEmptyAsync();
        Assert.Equal(0, (await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-appeals?runId={runId}")).GetProperty("total").GetInt32());
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-appeal-refused-zh-CN-desktop");

        await MudInputs.FillAsync(page, "appeal-reason", "当天手机定位故障，巡查轨迹未上传 / the phone lost its position that day");
        await page.ClickAsync("#appeal-submit");
        await Expect(page.Locator("#appeal-form")).ToHaveCountAsync(0);
        var filed = Assert.Single((await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-appeals?runId={runId}")).GetProperty("items").EnumerateArray());
        var appealId = filed.GetProperty("id").GetString()!;
        var taskId = filed.GetProperty("taskId").GetString()!;
        Assert.Equal((itemId, "open"), (filed.GetProperty("itemId").GetString(), filed.GetProperty("status").GetString()));
        await Expect(page.Locator($"[data-appeals-of='{itemId}'] [data-status]")).ToHaveAttributeAsync("data-status", "open");
        await Expect(page.Locator($"#scorecard-appeals [data-appeal='{appealId}']")).ToHaveCountAsync(1);
        // One open appeal per line: its button is gone.
        await Expect(page.Locator($"#appeal-{itemId}")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-appeal-filed-zh-CN-desktop");

        // The county supervisor: the appeals page lists it, open, with the way to its task.
        var desk = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(desk, "county-supervisor");
        await desk.ClickAsync("#nav-appeals");
        await desk.WaitForURLAsync("**/assessment/appeals", new() { WaitUntil = WaitUntilState.Commit });
        await MudInputs.SelectAsync(desk, "filter-status", "待裁决");
        await desk.WaitForURLAsync("**status=open*", new() { WaitUntil = WaitUntilState.Commit });
        var open = await supervisor.GetFromJsonAsync<JsonElement>("/api/assessment-appeals?status=open&pageSize=20");
        await Expect(desk.Locator("#appeals-total")).ToHaveAttributeAsync("data-total", open.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(open.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).ToArray(),
            await desk.Locator("[data-appeal]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.appeal)"));
        var row = desk.Locator($"tr:has([data-appeal='{appealId}'])");
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "open");
        await Expect(row).ToContainTextAsync("当天手机定位故障");
        await Expect(row.Locator($"#appeal-task-{appealId}")).ToHaveAttributeAsync("href", $"/tasks/{taskId}");
        await BrowserAppFixture.ScreenshotAsync(desk, "assessment-appeals-open-zh-CN-desktop");

        // Its task: upheld with two points (at most what the line cost) and a comment.
        await desk.ClickAsync($"#appeal-task-{appealId}");
        await desk.WaitForURLAsync($"**/tasks/{taskId}", new() { WaitUntil = WaitUntilState.Commit });
        await BrowserAppFixture.WaitForCircuitAsync(desk);
        var points = Math.Min(2m, -linePoints);
        await MudInputs.FillAsync(desk, "field-points", Invariant(points));
        await MudInputs.FillAsync(desk, "field-comment", "定位故障属实 / the outage is confirmed");
        await desk.ClickAsync("#outcome-uphold");
        await Expect(desk.Locator("#task-done")).ToBeVisibleAsync();

        // Settled by the loop a moment later: the page shows the API's outcome and the revised score.
        var settled = await AppealsFixture.SettledAsync(supervisor, appealId);
        Assert.Equal("upheld", settled.GetProperty("status").GetString());
        var revision = Assert.Single(settled.GetProperty("revisions").EnumerateArray());
        var after = await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results/{facts.InspectorId}");
        Assert.Equal(revision.GetProperty("scoreAfter").GetDecimal(), after.GetProperty("score").GetDecimal());
        await desk.GotoAsync($"/assessment/appeals?runId={runId}");
        await BrowserAppFixture.WaitForCircuitAsync(desk);
        row = desk.Locator($"tr:has([data-appeal='{appealId}'])");
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", settled.GetProperty("status").GetString()!);
        await Expect(row.Locator("[data-points-given]")).ToHaveAttributeAsync("data-points-given", Invariant(settled.GetProperty("pointsGiven").GetDecimal()));
        await Expect(row.Locator("[data-revised]")).ToHaveAttributeAsync("data-revised", Invariant(revision.GetProperty("scoreAfter").GetDecimal()));
        await Expect(row.Locator($"#appeal-task-{appealId}")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(desk, "assessment-appeals-decided-zh-CN-desktop");
        await desk.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(desk, "assessment-appeals-decided-zh-CN-tablet");

        // The inspector's card: the new revision's score and the appeal upheld on its line.
        await page.ReloadAsync();
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#scorecard-score")).ToHaveAttributeAsync("data-score", Invariant(after.GetProperty("score").GetDecimal()));
        await Expect(page.Locator($"[data-appeals-of='{itemId}'] [data-status]")).ToHaveAttributeAsync("data-status", "upheld");
        // An upheld line is not appealed again.
        await Expect(page.Locator($"#appeal-{itemId}")).ToHaveCountAsync(0);
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-appeal-upheld-zh-CN-tablet");
        await page.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }

    private sealed record Result(decimal Score, string Grade, int Rank);

    /// <summary>Every result of the run as the results API lists it (a county fits in one page of 500).</summary>
    private static async Task<Dictionary<string, Result>> ResultsAsync(HttpClient api, string runId)
    {
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=500");
        Assert.True(listed.GetProperty("total").GetInt32() <= 500);
        return listed.GetProperty("items").EnumerateArray().ToDictionary(
            r => r.GetProperty("inspectorId").GetString()!,
            r => new Result(r.GetProperty("score").GetDecimal(), r.GetProperty("grade").GetString()!, r.GetProperty("rankInCity").GetInt32()));
    }

    private static Task<string[]> Ids(IPage page) => page.Locator("[data-compared]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.compared)");

    /// <summary>Each shown row's scores are the results API's in each run, its difference B − A and its rank change A − B.</summary>
    private static async Task AssertRowsAsync(IPage page, Dictionary<string, Result> a, Dictionary<string, Result> b)
    {
        var rows = await page.Locator("[data-compared]").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.dataset.compared, c.dataset.scoreA, c.dataset.scoreB, c.dataset.diff, c.dataset.rankChange])");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var (x, y) = (a.GetValueOrDefault(row[0]), b.GetValueOrDefault(row[0]));
            Assert.Equal(x is null ? "" : Invariant(x.Score), row[1]);
            Assert.Equal(y is null ? "" : Invariant(y.Score), row[2]);
            Assert.Equal(x is null || y is null ? "" : Invariant(y.Score - x.Score), row[3]);
            Assert.Equal(x is null || y is null ? "" : (x.Rank - y.Rank).ToString(CultureInfo.InvariantCulture), row[4]);
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
