using System.Globalization;
using GridFlow.Server.Tests.Workflows.Runtime.Statistics;
using GridFlow.Web.Components.Statistics;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Statistics;

/// <summary>
/// The dashboard shows the API's figures for the signed-in user, each opening the issue list behind it (a card and a
/// chart's bar), and the map colours each grid by its open issues on the legend's scale, with the issues as markers.
/// </summary>
public sealed class DashboardPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>, IAsyncLifetime
{
    private static readonly string[] Counts = ["received", "accepted", "closed", "closedOnTime", "yellowCards", "redCards", "interviews"];

    public Task InitializeAsync() => StatsSeed.EnsureSeededAsync(fixture.App);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CountySupervisor_SeesTheApisFigures_AndACardAndABarOpenTheirLists()
    {
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var from = RawIssues.Today.AddYears(-1);
        var to = RawIssues.Today;
        var period = $"from={RawIssues.Text(from)}&to={RawIssues.Text(to)}";
        var summary = await api.GetFromJsonAsync<JsonElement>($"/api/stats/summary?{period}");
        var region = summary.GetProperty("regionId").GetString()!;
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync($"/dashboard?{period}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#figure-received")).ToHaveAttributeAsync("data-value", Count(summary, "received"));
        foreach (var name in Counts)
        {
            await Expect(page.Locator($"#figure-{name}")).ToHaveAttributeAsync("data-value", Count(summary, name));
        }

        foreach (var rate in new[] { "acceptanceRate", "closureRate", "onTimeRate" })
        {
            var value = summary.GetProperty("figures").GetProperty(rate);
            await Expect(page.Locator($"#figure-{rate}")).ToHaveAttributeAsync("data-value",
                value.ValueKind == JsonValueKind.Null ? "" : value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture));
        }

        Assert.True(summary.GetProperty("figures").GetProperty("received").GetInt32() > 0);
        foreach (var status in summary.GetProperty("byStatus").EnumerateObject())
        {
            await Expect(page.Locator($"[data-status='{status.Name}']")).ToHaveAttributeAsync("data-value", status.Value.GetInt32().ToString(CultureInfo.InvariantCulture));
        }

        var parts = await api.GetFromJsonAsync<JsonElement>($"/api/stats/by-region?{period}");
        Assert.Equal(parts.GetArrayLength(), await page.Locator("[data-child-received]").CountAsync());
        foreach (var part in parts.EnumerateArray())
        {
            await Expect(page.Locator($"[data-child-received='{part.GetProperty("id").GetString()}']"))
                .ToHaveTextAsync(part.GetProperty("figures").GetProperty("received").GetInt32().ToString(CultureInfo.InvariantCulture));
        }

        await Expect(page.Locator("#chart-category[data-chart-ready='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#chart-trend[data-chart-ready='true'] canvas")).ToHaveCountAsync(1);
        await BrowserAppFixture.ScreenshotAsync(page, "dashboard-zh-CN-desktop");

        // A card: the closed issues of the period in the region.
        await page.ClickAsync("#figure-closed");
        await page.WaitForURLAsync(url => url.Contains("/issues?", StringComparison.Ordinal));
        Assert.EndsWith(new IssueLink(Status: "closed", RegionId: region, From: from, To: to).Url, page.Url.TrimEnd('?'), StringComparison.Ordinal);

        // A card figure: the escalation queue of that card raised in the period, as many rows as the figure counts.
        var yellow = summary.GetProperty("yellowCards").GetInt32();
        Assert.True(yellow > 0);
        await page.GotoAsync($"/dashboard?{period}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync("#figure-yellowCards");
        await page.WaitForURLAsync(url => url.Contains("/escalations?", StringComparison.Ordinal));
        Assert.EndsWith($"/escalations?status=all&kind=issue&card=yellow&regionId={region}&{period}", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#escalations-total")).ToHaveAttributeAsync("data-total", yellow.ToString(CultureInfo.InvariantCulture));
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/escalations?kind=issue&card=yellow&regionId={region}&{period}&pageSize=100");
        Assert.Equal(yellow, listed.GetProperty("total").GetInt32());

        // A bar: the category most received, clicked where ECharts drew its bar.
        await page.GotoAsync($"/dashboard?{period}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        var chart = page.Locator("#chart-category[data-chart-ready='true']");
        await Expect(chart).ToHaveCountAsync(1);
        var top = (await api.GetFromJsonAsync<JsonElement>($"/api/stats/by-category?{period}"))[0].GetProperty("category").GetString()!;
        var bar = await chart.EvaluateAsync<JsonElement>("""
            el => {
                const chart = echarts.getInstanceByDom(el);
                const data = chart.getModel().getSeriesByIndex(0).getData();
                const last = data.count() - 1;
                const box = data.getItemLayout(last);
                return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
            }
            """);
        var frame = (await chart.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(frame.X + (float)bar.GetProperty("x").GetDouble(), frame.Y + (float)bar.GetProperty("y").GetDouble());
        await page.WaitForURLAsync(url => url.Contains("/issues?", StringComparison.Ordinal));
        Assert.EndsWith(new IssueLink(Category: top, RegionId: region, From: from, To: to).Url, page.Url.TrimEnd('?'), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TownshipOfficer_SeesTheirTownshipsFigures_InEnglish_AndAtTabletWidth()
    {
        var api = await fixture.App.ClientForAsync("township-officer");
        var summary = await api.GetFromJsonAsync<JsonElement>("/api/stats/summary");
        var county = await (await fixture.App.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>("/api/stats/summary");
        Assert.NotEqual(Count(county, "received"), Count(summary, "received"));
        var page = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync("/dashboard");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        foreach (var name in Counts)
        {
            await Expect(page.Locator($"#figure-{name}")).ToHaveAttributeAsync("data-value", Count(summary, name));
        }

        await Expect(page.Locator("#chart-ranking[data-chart-ready='true']")).ToHaveCountAsync(1);
        await BrowserAppFixture.ScreenshotAsync(page, "dashboard-zh-CN-tablet");

        await page.GotoAsync("/culture?name=en&returnUrl=/dashboard");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(1366, 860);
        await Expect(page.Locator("#figure-received .gf-figure-label")).ToHaveTextAsync("Received");
        await Expect(page.Locator("#figure-received")).ToHaveAttributeAsync("data-value", Count(summary, "received"));
        await Expect(page.Locator("#chart-trend[data-chart-ready='true']")).ToHaveCountAsync(1);
        await BrowserAppFixture.ScreenshotAsync(page, "dashboard-en-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Map_ColoursEachGridByItsOpenIssues_AndDrawsTheIssuesAsMarkers()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var counts = (await api.GetFromJsonAsync<JsonElement>($"/api/stats/grids?regionId={facts.DemoTownshipId}")).EnumerateArray()
            .ToDictionary(g => g.GetProperty("gridId").GetString()!, g => g.GetProperty("open").GetInt32());
        var map = await api.GetFromJsonAsync<JsonElement>($"/api/regions/{facts.DemoTownshipId}/map");
        var grids = map.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "grid").Select(f => f.GetProperty("id").GetString()!).ToList();
        var points = await api.GetFromJsonAsync<JsonElement>($"/api/stats/points?regionId={facts.DemoTownshipId}");
        Assert.True(counts.GetValueOrDefault(facts.InspectorGridId.ToString()) > 0);

        foreach (var tablet in new[] { false, true })
        {
            var page = await fixture.NewPageAsync(tablet);
            await BrowserAppFixture.SignInAsync(page, "county-supervisor");
            await page.GotoAsync($"/map?regionId={facts.DemoTownshipId}");
            await BrowserAppFixture.WaitForCircuitAsync(page);
            await Expect(page.Locator("#map[data-map-ready='true']")).ToHaveCountAsync(1);
            Assert.Equal(grids.Count, await page.Locator("path[data-grid-id]").CountAsync());
            foreach (var grid in new[] { facts.InspectorGridId.ToString(), grids.First(g => !counts.ContainsKey(g)) })
            {
                var fill = await page.Locator($"path[data-grid-id='{grid}']").GetAttributeAsync("fill");
                Assert.Equal(GridColours.For(counts.GetValueOrDefault(grid)), fill);
            }

            await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-markers", points.GetProperty("items").GetArrayLength().ToString(CultureInfo.InvariantCulture));
            Assert.True(await page.Locator("#map .leaflet-marker-icon").CountAsync() > 0);
            await Expect(page.Locator("#map-legend [data-legend-from]")).ToHaveCountAsync(GridColours.Steps.Count);
            await BrowserAppFixture.ScreenshotAsync(page, tablet ? "map-zh-CN-tablet" : "map-zh-CN-desktop");
            await page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static string Count(JsonElement summary, string name) =>
        (summary.TryGetProperty(name, out var top) ? top : summary.GetProperty("figures").GetProperty(name)).GetInt32().ToString(CultureInfo.InvariantCulture);
}
