using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Admin;

/// <summary>
/// Users and roles on the page are the API's: the same accounts for the same caller, the same refusals under the same
/// fields, and what the page writes signs in and is audited under the supervisor who wrote it.
/// </summary>
public sealed class UsersPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CountySupervisor_SeesTheApisAccounts_AndCreatesAnOfficer_RefusedFirstForAWeakPassword()
    {
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/users?pageSize=20");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/admin/users");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#users-total")).ToHaveAttributeAsync("data-total", listed.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        var names = listed.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList();
        Assert.Equal(names, await page.Locator("[data-user]").AllInnerTextsAsync());
        await BrowserAppFixture.ScreenshotAsync(page, "admin-users-zh-CN-desktop");

        var township = await RegionNamedAsync(api, "古楼街道");
        await page.ClickAsync("#user-new");
        await MudInputs.FillAsync(page, "user-name", "officer-page");
        await MudInputs.FillAsync(page, "user-display", "王芳");
        await MudInputs.FillAsync(page, "user-password", "weak");
        await MudInputs.SelectAsync(page, "user-roles", "乡镇");
        await MudInputs.SelectAsync(page, "user-region", township.Name);
        await page.ClickAsync("#user-save");
        await Expect(page.Locator("#user-form")).ToContainTextAsync("Passwords must");
        await BrowserAppFixture.ScreenshotAsync(page, "admin-users-refused-zh-CN-desktop");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "officer-page", password = "weak" })).StatusCode);

        await MudInputs.FillAsync(page, "user-password", "Officer!2026");
        await page.ClickAsync("#user-save");
        await Expect(page.Locator("#user-form")).ToHaveCountAsync(0);
        var created = (await api.GetFromJsonAsync<JsonElement>("/api/users?role=township-officer&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == "officer-page");
        Assert.Equal("王芳", created.GetProperty("displayName").GetString());
        Assert.Equal(township.Id, created.GetProperty("regionId").GetString());
        await GridFlowApp.LoginAsync(fixture.App.CreateClient(), "officer-page", "Officer!2026");
        Assert.Equal(1L, await new TestSql(fixture.App.ConnectionString).ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'User' AND entity_id = $1 AND actor_name = 'county-supervisor'", created.GetProperty("id").GetString()!));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_FiltersByRoleInTheAddress_AndDisablesAnAccountAsTheApiDoes()
    {
        var api = await fixture.App.ClientForAsync("admin");
        var inspectors = await api.GetFromJsonAsync<JsonElement>("/api/users?role=inspector&pageSize=20");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/admin/users?role=inspector");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#users-total")).ToHaveAttributeAsync("data-total", inspectors.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(inspectors.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList(),
            await page.Locator("[data-user]").AllInnerTextsAsync());

        await page.GotoAsync("/admin/users?role=township-officer");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync("#user-toggle-township-officer");
        await Expect(page.Locator("#disabled-township-officer")).ToBeVisibleAsync();
        Assert.True((await UserAsync(api, "township-officer")).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "township-officer", password = BrowserAppFixture.Password })).StatusCode);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-users-disabled-zh-CN-desktop");

        await page.ClickAsync("#user-toggle-township-officer");
        await Expect(page.Locator("#disabled-township-officer")).ToHaveCountAsync(0);
        Assert.False((await UserAsync(api, "township-officer")).GetProperty("disabled").GetBoolean());

        await page.GotoAsync("/culture?name=en&returnUrl=/admin/users");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-users-en-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ABadAddress_ShowsTheApisMessage_NotAnError()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/admin/users?role=astronaut");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#users-problem")).ToContainTextAsync("Unknown role");
        await page.Context.CloseAsync();
    }

    private static async Task<(string Id, string Name)> RegionNamedAsync(HttpClient api, string name)
    {
        static IEnumerable<JsonElement> All(JsonElement nodes) =>
            nodes.EnumerateArray().SelectMany(n => All(n.GetProperty("children")).Prepend(n));
        var region = All(await api.GetFromJsonAsync<JsonElement>("/api/regions")).First(r => r.GetProperty("name").GetString() == name);
        return (region.GetProperty("id").GetString()!, name);
    }

    private static async Task<JsonElement> UserAsync(HttpClient api, string userName) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/users?pageSize=500")).GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
