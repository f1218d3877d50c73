using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Work;

/// <summary>
/// The issues list and an issue's page show what the API shows the same user: the same issues for the same filters (and
/// none of another township's), filters that land in the URL and come back from it, the journal and the open tasks.
/// </summary>
public sealed class IssuesPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task TownshipOfficer_SeesTheApisIssues_AndNotAnotherTownships()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var mine = (await flow.ReportAsync()).GetProperty("code").GetString()!;
        var elsewhere = (await flow.ReportAsync(reporter: "county-supervisor", at: await flow.GridCentreAsync(facts.OtherTownshipSameCountyGridId))).GetProperty("code").GetString()!;
        var api = await fixture.App.ClientForAsync("township-officer");
        var expected = await CodesAsync(api, "category=dust&sort=code&desc=false");
        Assert.Contains(mine, expected);
        Assert.DoesNotContain(elsewhere, expected);

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync("/issues?category=dust&sort=code&desc=false");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#issues-total")).ToHaveAttributeAsync("data-total", expected.Count.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(expected.Take(20), await page.Locator("[data-issue]").AllInnerTextsAsync());
        Assert.DoesNotContain(elsewhere, await page.Locator("[data-issue]").AllInnerTextsAsync());
        await BrowserAppFixture.ScreenshotAsync(page, "issues-zh-CN-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiltersSetOnThePage_LandInTheUrl_AndASharedUrlShowsTheSameList()
    {
        await flow.ReportAsync();
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/issues");
        await BrowserAppFixture.WaitForCircuitAsync(page);

        await MudInputs.SelectAsync(page, "filter-status", "已上报");
        await page.WaitForURLAsync(url => url.Contains("status=reported", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await MudInputs.SelectAsync(page, "filter-source", "巡查");
        await page.WaitForURLAsync(url => url.Contains("source=patrol", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await MudInputs.FillAsync(page, "filter-from", today);
        await page.WaitForURLAsync(url => url.Contains($"from={today}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.ClickAsync("#sort-code");
        await page.WaitForURLAsync(url => url.Contains("sort=code", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var shared = page.Url;
        var expected = await CodesAsync(await fixture.App.ClientForAsync("county-supervisor"), new Uri(shared).Query.TrimStart('?'));
        Assert.NotEmpty(expected);
        await Expect(page.Locator("#issues-total")).ToHaveAttributeAsync("data-total", expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Take(20), await page.Locator("[data-issue]").AllInnerTextsAsync());
        Assert.Contains("map?", await page.Locator("#issues-map").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

        var other = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(other, "county-supervisor");
        await other.GotoAsync(shared);
        await BrowserAppFixture.WaitForCircuitAsync(other);
        await Expect(other.Locator("#issues-total")).ToHaveAttributeAsync("data-total", expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Take(20), await other.Locator("[data-issue]").AllInnerTextsAsync());
        await BrowserAppFixture.ScreenshotAsync(other, "issues-filtered-zh-CN-tablet");

        await other.GotoAsync("/issues?regionId=nonsense&from=2026-13-01");
        await Expect(other.Locator("#issues-problem")).ToContainTextAsync("regionId");
        await other.GotoAsync("/issues?from=2026-13-01");
        await Expect(other.Locator("#issues-problem")).ToContainTextAsync("from must be a date");
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task Detail_ShowsTheApisJournalAndOpenTasks_AndTheLifecycle_AndAnotherCountysIssueIsNotFound()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        var detail = await (await fixture.App.ClientForAsync("township-officer")).GetFromJsonAsync<JsonElement>($"/api/issues/{id}");
        var journal = detail.GetProperty("journal").EnumerateArray().ToList();
        var open = detail.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(open);

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync($"/issues/{id}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#fact-code")).ToHaveTextAsync(detail.GetProperty("code").GetString()!);
        await Expect(page.Locator("#fact-category")).ToHaveTextAsync("扬尘");
        await Expect(page.Locator(".gf-timeline-entry")).ToHaveCountAsync(journal.Count);
        Assert.Equal(journal.Select(e => e.GetProperty("event").GetString()!).Reverse(), await page.Locator(".gf-timeline-entry").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.event)"));
        Assert.Equal(open, await page.Locator("[data-task]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.task)"));
        Assert.Equal($"/tasks/{open[0]}", await page.Locator("[data-task] a").First.GetAttributeAsync("href"));
        var instance = await (await fixture.App.ClientForAsync("township-officer")).GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{detail.GetProperty("workflowInstanceId").GetString()}");
        var activeIds = instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(activeIds, await page.Locator("#lifecycle [data-state='active']").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.activity)"));
        await Expect(page.Locator("#lifecycle [data-activity='accept']")).ToHaveAttributeAsync("data-state", "done");
        await BrowserAppFixture.ScreenshotAsync(page, "issue-detail-zh-CN-desktop");

        var tablet = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(tablet, "township-officer");
        await tablet.GotoAsync($"/issues/{id}");
        await BrowserAppFixture.WaitForCircuitAsync(tablet);
        await Expect(tablet.Locator(".gf-timeline-entry")).ToHaveCountAsync(journal.Count);
        await BrowserAppFixture.ScreenshotAsync(tablet, "issue-detail-zh-CN-tablet");

        var otherCounty = (await flow.ReportAsync(reporter: "admin", at: await flow.GridCentreAsync(facts.OtherCountyGridId))).GetProperty("id").GetString()!;
        await page.GotoAsync($"/issues/{otherCounty}");
        await Expect(page.Locator("#issue-problem")).ToBeVisibleAsync();
        await Expect(page.Locator("#fact-code")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
        await tablet.Context.CloseAsync();
    }

    [Fact]
    public async Task BellEntry_OpensTheIssuesPage_AndMarksItRead()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var api = await fixture.App.ClientForAsync("township-officer");
        JsonElement? found = null;
        for (var attempt = 0; attempt < 60 && found is null; attempt++)
        {
            // Notifications come out of the outbox shortly after the report.
            found = (await api.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true&pageSize=5")).GetProperty("items").EnumerateArray()
                .Cast<JsonElement?>().FirstOrDefault(n => n!.Value.GetProperty("issueId").GetString() == id);
            if (found is null)
            {
                await Task.Delay(500);
            }
        }

        var notification = found ?? throw new Xunit.Sdk.XunitException("No notification for the new issue reached the township officer.");

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.Locator("#bell button").First.ClickAsync();
        await page.ClickAsync($"#bell-item-{notification.GetProperty("id").GetString()}");
        await page.WaitForURLAsync(url => url.EndsWith($"/issues/{id}", StringComparison.Ordinal));

        var after = (await api.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=50")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == notification.GetProperty("id").GetString());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("readAt").ValueKind);
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/issues?{query}&pageSize=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
