using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Work;

/// <summary>
/// The inbox is the API's: the same tasks for the same user in the same (due) order, each with the ribbon its due time
/// and assignee call for (overdue red, due soon amber, held by a role blue-grey), and the done tab is the API's done list.
/// </summary>
public sealed class InboxPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task TownshipOfficer_SeesTheApisInbox_InDueOrder_WithTheRibbonsOfEachTask()
    {
        var sql = new TestSql(fixture.App.ConnectionString);
        var overdue = await AcceptTaskAsync();
        var dueSoon = await AcceptTaskAsync();
        var later = await AcceptTaskAsync();
        // Due times set in the database: one past, one within Console:DueSoonHours (24), one far off.
        await sql.ExecuteAsync("UPDATE workflow_tasks SET due_at = now() - interval '2 hours' WHERE id = $1", Guid.Parse(overdue));
        await sql.ExecuteAsync("UPDATE workflow_tasks SET due_at = now() + interval '3 hours' WHERE id = $1", Guid.Parse(dueSoon));
        await sql.ExecuteAsync("UPDATE workflow_tasks SET due_at = now() + interval '20 days' WHERE id = $1", Guid.Parse(later));

        var api = await flow.As("township-officer");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=20");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.ClickAsync("#nav-inbox");
        await Expect(page.Locator("#inbox-total")).ToHaveAttributeAsync("data-total", listed.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));

        var items = listed.GetProperty("items").EnumerateArray().ToList();
        var dues = items.Select(t => t.TryGetProperty("dueAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : DateTimeOffset.MaxValue).ToList();
        Assert.Equal(dues.Order().ToList(), dues);
        Assert.Equal(items.Select(t => t.GetProperty("id").GetString()!).ToList(), await TaskIdsAsync(page));
        Assert.Equal("overdue", await RibbonAsync(page, overdue));
        Assert.Equal("due-soon", await RibbonAsync(page, dueSoon));
        // Held by the township's officers as a role, not by a person: unassigned.
        Assert.Equal("unassigned", await RibbonAsync(page, later));
        foreach (var item in items)
        {
            Assert.Equal(ExpectedRibbon(item), await RibbonAsync(page, item.GetProperty("id").GetString()!));
        }

        // The overdue task is the first of the three, before the one due soon, before the far one.
        var ids = await TaskIdsAsync(page);
        Assert.True(ids.IndexOf(overdue) < ids.IndexOf(dueSoon) && ids.IndexOf(dueSoon) < ids.IndexOf(later));
        var overdueIssue = items.Single(t => t.GetProperty("id").GetString() == overdue).GetProperty("issueId").GetString();
        await Expect(page.Locator($"[data-issue='{overdueIssue}']")).ToHaveAttributeAsync("href", $"/issues/{overdueIssue}");
        await BrowserAppFixture.ScreenshotAsync(page, "work-inbox-zh-CN-desktop");

        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "work-inbox-zh-CN-tablet");

        await page.ClickAsync($"[data-task='{overdue}']");
        await page.WaitForURLAsync($"**/tasks/{overdue}");
        await Expect(page.Locator("#task-facts")).ToHaveAttributeAsync("data-ribbon", "overdue");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDoneTab_ListsWhatTheApiListsAsDone_WithTheOutcome()
    {
        var task = await AcceptTaskAsync();
        var done = await flow.CompleteAsync("township-officer", task, "dispatch", new { responsibleUnit = "城管中队" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var api = await flow.As("township-officer");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&status=done&pageSize=20");

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync("/inbox?status=done");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#inbox-total")).ToHaveAttributeAsync("data-total", listed.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(listed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList(), await TaskIdsAsync(page));
        Assert.Contains(task, await TaskIdsAsync(page));
        Assert.Equal("none", await RibbonAsync(page, task));

        await page.GotoAsync("/culture?name=en&returnUrl=/inbox");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#inbox-tab-open")).ToContainTextAsync("Open tasks");
        await BrowserAppFixture.ScreenshotAsync(page, "work-inbox-en-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ABadStatusInTheAddress_ShowsTheApisMessage()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/inbox?status=sideways");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#inbox-problem")).ToContainTextAsync("status is open, done or cancelled");
        await page.Context.CloseAsync();
    }

    /// <summary>Reports an issue in the demo inspector's grid; returns the id of its accept task (the township officers').</summary>
    private async Task<string> AcceptTaskAsync()
    {
        var issue = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        return (await flow.TaskAsync("township-officer", issue, "accept")).GetProperty("id").GetString()!;
    }

    private static string ExpectedRibbon(JsonElement task)
    {
        DateTimeOffset? due = task.TryGetProperty("dueAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null;
        var assignee = task.GetProperty("assignee");
        static bool Named(JsonElement assignee, string name) => assignee.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;
        var now = DateTimeOffset.UtcNow;
        return due <= now ? "overdue"
            : due <= now.AddHours(24) ? "due-soon"
            : !Named(assignee, "userId") && !Named(assignee, "inspectorId") ? "unassigned"
            : "none";
    }

    private static async Task<List<string>> TaskIdsAsync(IPage page) =>
        [.. await page.Locator("[data-task]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.task)")];

    private static async Task<string?> RibbonAsync(IPage page, string taskId) => await page.Locator($"[data-task='{taskId}']").GetAttributeAsync("data-ribbon");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
