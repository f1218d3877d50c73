using System.Globalization;
using Hangfire;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Operations;

/// <summary>
/// The health page shows what /health/ready, Hangfire's monitoring API and /api/emails say, reads again by itself, and
/// is an admin's only: the navigation leads there, anyone else is sent away from it.
/// </summary>
public sealed class HealthPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task Admin_SeesTheReadyChecks_HangfiresFigures_AndTheRefusedMail_AsTheApiAndHangfireSayThem()
    {
        // A refused mail the page must count: the figure is the API's, not a constant.
        await new TestSql(fixture.App.ConnectionString).ExecuteAsync(
            "INSERT INTO email_messages (id, \"to\", subject, body, status, attempts, created_at, next_attempt_at, last_error) " +
            "VALUES (gen_random_uuid(), 'nobody@example.invalid', '健康页测试', 'x', 'refused', 1, now(), now(), '550 no such user')");
        var api = await fixture.App.ClientForAsync("admin");
        var ready = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        var refused = (await api.GetFromJsonAsync<JsonElement>("/api/emails?status=refused&pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(refused >= 1);
        var monitoring = fixture.App.GetService<JobStorage>().GetMonitoringApi();
        var statistics = monitoring.GetStatistics();

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.ClickAsync("#nav-health");
        await page.WaitForURLAsync("**/admin/health", new() { WaitUntil = WaitUntilState.Commit });
        await BrowserAppFixture.WaitForCircuitAsync(page);

        var checks = ready.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!.ToLowerInvariant());
        Assert.Equal(["hangfire", "postgresql"], checks.Keys.Order(StringComparer.Ordinal));
        await Expect(page.Locator("[data-check]")).ToHaveCountAsync(checks.Count);
        foreach (var (name, status) in checks)
        {
            await Expect(page.Locator($"[data-check='{name}']")).ToHaveAttributeAsync("data-status", status);
        }

        await Expect(page.Locator("#health-checks")).ToHaveAttributeAsync("data-status", ready.GetProperty("status").GetString()!.ToLowerInvariant());
        await Expect(page.Locator("[data-job='servers']")).ToHaveAttributeAsync("data-value", statistics.Servers.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-job='failed']")).ToHaveAttributeAsync("data-value", monitoring.GetStatistics().Failed.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-job='recurring']")).ToHaveAttributeAsync("data-value", statistics.Recurring.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-mail='refused']")).ToHaveAttributeAsync("data-value", refused.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#health-hangfire")).ToHaveAttributeAsync("href", "/hangfire");
        Assert.Equal(Environment.MachineName, await page.InnerTextAsync("#health-node-name"));
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#health-version")));
        Assert.True(long.Parse(await page.GetAttributeAsync("#health-uptime", "data-seconds") ?? "-1", CultureInfo.InvariantCulture) >= 0);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-health-zh-CN-desktop");

        // It reads again by itself: another refused mail shows without a click, within the refresh interval.
        var readAt = await page.GetAttributeAsync("#health-read-at", "data-read-at");
        await new TestSql(fixture.App.ConnectionString).ExecuteAsync(
            "INSERT INTO email_messages (id, \"to\", subject, body, status, attempts, created_at, next_attempt_at) " +
            "VALUES (gen_random_uuid(), 'nobody2@example.invalid', '健康页测试 2', 'x', 'refused', 1, now(), now())");
        await Expect(page.Locator("[data-mail='refused']")).ToHaveAttributeAsync("data-value", (refused + 1).ToString(CultureInfo.InvariantCulture),
            new() { Timeout = 25_000 });
        Assert.NotEqual(readAt, await page.GetAttributeAsync("#health-read-at", "data-read-at"));

        await page.GotoAsync("/culture?name=en&returnUrl=/admin/health");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(768, 1024);
        await Expect(page.Locator("[data-check]")).ToHaveCountAsync(checks.Count);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-health-en-tablet");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("designer")]
    [InlineData("city-supervisor")]
    public async Task NonAdmin_HasNoHealthLink_AndIsSentAwayFromThePage(string userName)
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, userName);
        Assert.Equal(0, await page.Locator("#nav-health").CountAsync());
        var response = await page.GotoAsync("/admin/health");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        Assert.DoesNotContain("/admin/health", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#health-checks").CountAsync());
        Assert.NotNull(response);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
