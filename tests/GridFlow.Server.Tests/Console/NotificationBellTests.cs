using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console;

/// <summary>The bell counts what <c>GET /api/notifications?unread=true</c> counts, and follows it while the page stays open.</summary>
public sealed class NotificationBellTests(NotificationBellTests.QuickBellFixture fixture) : IClassFixture<NotificationBellTests.QuickBellFixture>
{
    [Fact]
    public async Task Bell_ShowsTheApisUnreadCount_AndChangesWhenANotificationArrives()
    {
        var officer = await fixture.App.ClientForAsync("township-officer");
        var before = await UnreadAsync(officer);
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await WaitForBellAsync(page, before);

        // An inspector's report opens the township's dispatch task: its officer is notified through the outbox.
        await new Lifecycle(fixture.App).ReportAsync();
        var after = before;
        for (var i = 0; i < 150 && after == before; i++)
        {
            await Task.Delay(200);
            after = await UnreadAsync(officer);
        }

        Assert.True(after > before, "the report notified the township officer");
        await WaitForBellAsync(page, after);
        await page.ClickAsync("#bell-badge button");
        await page.WaitForSelectorAsync(".gf-bell-item");
        await BrowserAppFixture.ScreenshotAsync(page, "shell-bell-open-zh-CN-desktop");
        await page.Context.CloseAsync();
    }

    private static async Task WaitForBellAsync(IPage page, int count) =>
        await page.WaitForSelectorAsync($"#bell-count[data-count='{count}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    private static async Task<int> UnreadAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true&pageSize=1");
        return page.GetProperty("total").GetInt32();
    }

    public sealed class QuickBellFixture : BrowserAppFixture
    {
        protected override Dictionary<string, string?> Settings => new() { ["Console:BellRefreshSeconds"] = "1" };
    }
}
