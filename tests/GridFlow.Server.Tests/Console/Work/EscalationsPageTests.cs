using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Work;

/// <summary>
/// The escalation queue as the county supervisor sees it: the API's escalations, two of them urged at once from the
/// page and each visible in its issue's journal through the API, and a reassignment the API refuses showing its message.
/// The host's clock is moved past the accept tasks' deadlines so that their yellow cards are raised.
/// </summary>
public sealed class EscalationsPageTests(ClockedBrowserFixture fixture) : IClassFixture<ClockedBrowserFixture>
{
    [Fact]
    public async Task CountySupervisor_UrgesTwoEscalationsInBulk_AndBothShowInTheIssuesJournals()
    {
        var (first, second) = await TwoYellowCardsAsync();
        var api = await fixture.FreshClientAsync("county-supervisor");
        var expected = (await api.GetFromJsonAsync<JsonElement>("/api/escalations?status=open&card=yellow&pageSize=20")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Contains(first.EscalationId, expected);
        Assert.Contains(second.EscalationId, expected);

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/escalations?card=yellow");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#escalations-total")).ToHaveAttributeAsync("data-total", expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, await page.Locator("[data-escalation]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.escalation)"));
        await BrowserAppFixture.ScreenshotAsync(page, "escalations-zh-CN-desktop");

        await CheckAsync(page, first.EscalationId);
        await CheckAsync(page, second.EscalationId);
        await Expect(page.Locator("#selected-count")).ToHaveAttributeAsync("data-count", "2");
        await page.ClickAsync("#bulk-urge");
        await page.FillAsync("#action-reason", "请三日内整改 / fix within three days");
        await BrowserAppFixture.ScreenshotAsync(page, "escalations-bulk-urge-zh-CN-desktop");
        await page.ClickAsync("#action-submit");
        await Expect(page.Locator("#escalation-action")).ToHaveCountAsync(0);
        await Expect(page.Locator("#action-failures")).ToHaveCountAsync(0);

        foreach (var issueId in new[] { first.IssueId, second.IssueId })
        {
            var journal = (await api.GetFromJsonAsync<JsonElement>($"/api/issues/{issueId}")).GetProperty("journal").EnumerateArray();
            Assert.Single(journal, e => e.GetProperty("event").GetString() == "escalation-urge" && e.GetProperty("actor").GetString() == "county-supervisor"
                && e.GetProperty("comment").GetString() == "请三日内整改 / fix within three days");
        }

        await page.GotoAsync($"/issues/{first.IssueId}");
        await Expect(page.Locator(".gf-timeline-entry[data-event='escalation-urge']")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reassign_WithoutAValidTarget_ShowsTheApisMessage_AndTheCandidatesAreTheApis()
    {
        var (first, _) = await TwoYellowCardsAsync();
        var api = await fixture.FreshClientAsync("county-supervisor");
        var candidates = (await api.GetFromJsonAsync<JsonElement>($"/api/escalations/{first.EscalationId}/assignees")).EnumerateArray()
            .Select(c => c.GetProperty("userName").GetString()!).ToList();

        var page = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/escalations");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync($"#reassign-{first.EscalationId}");
        await page.Locator("#action-assignee").Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        // The candidates are read when the action opens: wait for them rather than read the list while it fills.
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(candidates.Count);
        var offered = await page.Locator(".mud-popover-open .mud-list-item").AllInnerTextsAsync();
        Assert.Equal(candidates.Count, offered.Count);
        Assert.All(candidates, name => Assert.Contains(offered, o => o.Contains($"({name} ", StringComparison.Ordinal)));
        await page.Keyboard.PressAsync("Escape");
        await page.FillAsync("#action-reason", "换人 / new owner");
        await page.ClickAsync("#action-submit");
        await Expect(page.Locator("#action-failures")).ToContainTextAsync("assignee must be the user name of an existing user");
        await BrowserAppFixture.ScreenshotAsync(page, "escalations-reassign-refused-zh-CN-tablet");
        var row = (await api.GetFromJsonAsync<JsonElement>("/api/escalations?status=open&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == first.EscalationId);
        Assert.Equal("open", row.GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_ReassignedTask_ShowsItsHoldersName_OnTheIssueAndTaskPages()
    {
        var (first, _) = await TwoYellowCardsAsync();
        var api = await fixture.FreshClientAsync("county-supervisor");
        var target = (await api.GetFromJsonAsync<JsonElement>($"/api/escalations/{first.EscalationId}/assignees")).EnumerateArray().First();
        var (userName, displayName) = (target.GetProperty("userName").GetString()!, target.GetProperty("displayName").GetString()!);
        var reassigned = await api.PostAsJsonAsync($"/api/escalations/{first.EscalationId}/actions",
            new { action = "reassign", comment = "换人 / new owner", assignee = userName });
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        var task = (await api.GetFromJsonAsync<JsonElement>($"/api/issues/{first.IssueId}")).GetProperty("openTasks").EnumerateArray()
            .Single(t => t.GetProperty("assignee").TryGetProperty("userId", out var id) && id.ValueKind == JsonValueKind.String);
        var userId = task.GetProperty("assignee").GetProperty("userId").GetString()!;

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync($"/issues/{first.IssueId}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        // The holder is named as people know them, never by the account's id.
        await Expect(page.Locator("[data-holder]")).ToContainTextAsync(userName);
        await Expect(page.Locator("[data-holder]")).ToContainTextAsync(displayName);
        Assert.DoesNotContain(userId, await page.Locator("[data-holder]").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"/tasks/{task.GetProperty("id").GetString()}");
        await Expect(page.Locator("#task-assignee")).ToContainTextAsync(displayName);
        await page.Context.CloseAsync();
    }

    private static Task CheckAsync(IPage page, string escalationId) =>
        page.Locator($"[id='select-{escalationId}']").Locator("xpath=descendant-or-self::input").ClickAsync();

    /// <summary>Two new issues whose accept tasks passed their deadline: their yellow cards are open.</summary>
    private async Task<((string IssueId, string EscalationId), (string IssueId, string EscalationId))> TwoYellowCardsAsync()
    {
        var inspector = await fixture.FreshClientAsync("inspector");
        var flow = new Lifecycle(_ => Task.FromResult(inspector));
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await flow.ReportAsync()).GetProperty("id").GetString()!);
        }

        var db = new TestSql(fixture.App.ConnectionString);
        var due = await db.ScalarAsync<DateTime>(
            "SELECT max(due_at) FROM workflow_tasks WHERE issue_id = ANY($1) AND activity_id = 'accept'", ids.Select(Guid.Parse).ToArray());
        fixture.AdvanceTo(new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)).AddMinutes(1));
        var escalations = new List<string>();
        foreach (var id in ids)
        {
            Assert.Equal(1, await db.WaitForCountAsync(1, "SELECT count(*) FROM escalations WHERE issue_id = $1 AND level = 1", Guid.Parse(id)));
            escalations.Add((await db.ScalarAsync<Guid>("SELECT id FROM escalations WHERE issue_id = $1 AND level = 1", Guid.Parse(id))).ToString());
        }

        return ((ids[0], escalations[0]), (ids[1], escalations[1]));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
