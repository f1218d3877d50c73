using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Assessment;

/// <summary>
/// The cross-check page is the API's: an order made on the page is the API's cross-check, its checker gets the task and
/// sees it with a link to it; the checker list offers names, never the grid's own inspector; a refused order shows the
/// API's message under the field and creates nothing.
/// </summary>
public sealed class CrossChecksPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CountySupervisor_OrdersACrossCheckOnThePage_TheApiListsIt_AndTheCheckerHasItsTask()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var checkerApi = await fixture.App.ClientForAsync("inspector");
        var checker = await checkerApi.GetFromJsonAsync<JsonElement>("/api/me");
        var checkerName = checker.GetProperty("displayName").GetString()!;
        var grid = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{facts.OtherGridSameTownshipId}");
        var gridCode = grid.GetProperty("code").GetString()!;
        var township = await RegionNameAsync(api, grid.GetProperty("regionId").GetString()!);
        var before = (await api.GetFromJsonAsync<JsonElement>("/api/cross-checks")).GetProperty("total").GetInt32();

        var page = await OrderFormAsync(township, gridCode);
        await Expect(page.Locator("#check-form:not([data-checkers='0'])")).ToHaveCountAsync(1);
        await MudInputs.SelectAsync(page, "check-checker", checkerName);
        var due = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8).Date.AddDays(10), DateTimeKind.Unspecified);
        await MudInputs.FillAsync(page, "check-due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await BrowserAppFixture.ScreenshotAsync(page, "cross-check-order-zh-CN-desktop");
        await page.ClickAsync("#check-save");
        await Expect(page.Locator("#check-form")).ToHaveCountAsync(0);

        var listed = await api.GetFromJsonAsync<JsonElement>("/api/cross-checks");
        Assert.Equal(before + 1, listed.GetProperty("total").GetInt32());
        var ordered = listed.GetProperty("items")[0];
        Assert.Equal(facts.OtherGridSameTownshipId.ToString(), ordered.GetProperty("gridId").GetString());
        Assert.Equal(checker.GetProperty("id").GetString(), ordered.GetProperty("checkerUserId").GetString());
        Assert.Equal(new DateTimeOffset(due.AddHours(23).AddMinutes(59), TimeSpan.FromHours(8)), ordered.GetProperty("dueAt").GetDateTimeOffset());
        var checkId = ordered.GetProperty("id").GetString()!;
        var taskId = ordered.GetProperty("taskId").GetString()!;
        var row = page.Locator($"tr:has([data-check='{checkId}'])");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-checker]")).ToHaveTextAsync(checkerName);
        await Expect(row.Locator("[data-grid]")).ToHaveTextAsync(gridCode);
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "open");
        await BrowserAppFixture.ScreenshotAsync(page, "cross-checks-zh-CN-desktop");

        // The checker's task is open, in their inbox, and their page links to it.
        var tasks = await checkerApi.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&status=open&pageSize=500");
        Assert.Contains(taskId, tasks.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        var checkerPage = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(checkerPage, "inspector");
        await checkerPage.GotoAsync("/assessment/cross-checks");
        await BrowserAppFixture.WaitForCircuitAsync(checkerPage);
        await Expect(checkerPage.Locator($"a[data-task='{taskId}']")).ToHaveAttributeAsync("href", $"/tasks/{taskId}");
        Assert.Equal(0, await checkerPage.Locator("#check-new").CountAsync());
        await BrowserAppFixture.ScreenshotAsync(checkerPage, "cross-checks-inspector-zh-CN-tablet");
        await checkerPage.ClickAsync($"a[data-task='{taskId}']");
        await checkerPage.WaitForURLAsync($"**/tasks/{taskId}", new() { WaitUntil = WaitUntilState.Commit });
        await checkerPage.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrderDueInThePast_ShowsTheApisErrorAtTheDueDate_AndCreatesNothing_AndTheGridsOwnInspectorIsNotOffered()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var me = await api.GetFromJsonAsync<JsonElement>("/api/me");
        var own = await (await fixture.App.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>("/api/me");
        var grid = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{facts.InspectorGridId}");
        var gridCode = grid.GetProperty("code").GetString()!;
        var township = await RegionNameAsync(api, grid.GetProperty("regionId").GetString()!);
        var checkers = await api.GetFromJsonAsync<JsonElement>($"/api/cross-checks/checkers?gridId={facts.InspectorGridId}&pageSize=500");
        var names = checkers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.DoesNotContain(own.GetProperty("id").GetString(), checkers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("userId").GetString()));
        Assert.Contains(me.GetProperty("id").GetString(), checkers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("userId").GetString()));
        // The API refuses the grid's own inspector at the field, as the page never offers them.
        var refused = await api.PostAsJsonAsync("/api/cross-checks", new { gridId = facts.InspectorGridId, checkerUserId = own.GetProperty("id").GetString(), dueAt = DateTimeOffset.UtcNow.AddDays(3) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("checkerUserId", out _));
        var before = (await api.GetFromJsonAsync<JsonElement>("/api/cross-checks")).GetProperty("total").GetInt32();

        var page = await OrderFormAsync(township, gridCode);
        await Expect(page.Locator("#check-form")).ToHaveAttributeAsync("data-checkers", names.Count.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#check-checker").Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        var offered = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(offered).ToHaveCountAsync(names.Count);
        Assert.DoesNotContain(await offered.AllInnerTextsAsync(), t => t.StartsWith(own.GetProperty("displayName").GetString()! + "（", StringComparison.Ordinal));
        await offered.Filter(new() { HasText = me.GetProperty("displayName").GetString()! }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await MudInputs.FillAsync(page, "check-due", DateTime.UtcNow.AddHours(8).Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("#check-save");

        await Expect(MudInputs.ErrorOf(page, "check-due")).ToContainTextAsync("dueAt is in the future");
        await Expect(page.Locator("#check-form")).ToHaveCountAsync(1);
        Assert.Equal(before, (await api.GetFromJsonAsync<JsonElement>("/api/cross-checks")).GetProperty("total").GetInt32());
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "cross-check-order-error-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    /// <summary>The county supervisor's cross-check page with the order form open on a grid of <paramref name="township"/>.</summary>
    private async Task<IPage> OrderFormAsync(string township, string gridCode)
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/assessment/cross-checks");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync("#check-new");
        await MudInputs.SelectAsync(page, "check-region", township);
        await Expect(page.Locator("#check-form:not([data-grids='0'])")).ToHaveCountAsync(1);
        await MudInputs.SelectAsync(page, "check-grid", gridCode);
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The name of a region in the caller's tree.</summary>
    internal static async Task<string> RegionNameAsync(HttpClient api, string regionId)
    {
        static string? Find(JsonElement nodes, string id)
        {
            foreach (var node in nodes.EnumerateArray())
            {
                if (node.GetProperty("id").GetString() == id)
                {
                    return node.GetProperty("name").GetString();
                }

                if (Find(node.GetProperty("children"), id) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Find(await api.GetFromJsonAsync<JsonElement>("/api/regions"), regionId) ?? throw new InvalidOperationException($"No region {regionId}.");
    }
}
