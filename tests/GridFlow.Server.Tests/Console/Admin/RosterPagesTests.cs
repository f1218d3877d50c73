using System.Globalization;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Admin;

/// <summary>
/// Inspectors and the grids' responsibility on the pages are the API's: the same inspectors and grids for the same caller,
/// the API's refusals under the fields, and what an admin writes (a new inspector, a grid's new inspector) is what the API
/// then reads, history included. Supervisors read but are offered no writes.
/// </summary>
public sealed class RosterPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CountySupervisor_SeesTheApisInspectors_AndNoWayToEditThem()
    {
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/inspectors?pageSize=20");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/admin/inspectors");
        await BrowserAppFixture.WaitForCircuitAsync(page);

        await Expect(page.Locator("#inspectors-total")).ToHaveAttributeAsync("data-total", listed.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        var names = listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        await Expect(page.Locator("[data-inspector]")).ToHaveCountAsync(names.Count);
        Assert.Equal(names, await page.Locator("[data-inspector]").AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("#inspector-new").CountAsync());
        Assert.Equal(0, await page.Locator("[id^='inspector-edit-']").CountAsync());
        await BrowserAppFixture.ScreenshotAsync(page, "admin-inspectors-zh-CN-desktop");
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-inspectors-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_CreatesAnInspector_RefusedFirstUnderTheMissingName()
    {
        var api = await fixture.App.ClientForAsync("admin");
        var township = await RegionNamedAsync(api, "古楼街道");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.GotoAsync($"/admin/inspectors?regionId={township}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        var before = (await api.GetFromJsonAsync<JsonElement>($"/api/inspectors?regionId={township}&pageSize=500")).GetProperty("total").GetInt32();

        await page.ClickAsync("#inspector-new");
        await MudInputs.FillAsync(page, "inspector-hired", "2026-03-01");
        await page.ClickAsync("#inspector-save");
        await Expect(MudInputs.ErrorOf(page, "inspector-name")).ToContainTextAsync("name field is required");
        Assert.Equal(before, (await api.GetFromJsonAsync<JsonElement>($"/api/inspectors?regionId={township}&pageSize=500")).GetProperty("total").GetInt32());
        await BrowserAppFixture.ScreenshotAsync(page, "admin-inspectors-refused-zh-CN-desktop");

        await MudInputs.FillAsync(page, "inspector-name", "赵页面");
        await MudInputs.FillAsync(page, "inspector-phone", "13900001111");
        await page.ClickAsync("#inspector-save");
        await Expect(page.Locator("#inspector-form")).ToHaveCountAsync(0);
        var created = (await api.GetFromJsonAsync<JsonElement>($"/api/inspectors?regionId={township}&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "赵页面");
        Assert.Equal("probation", created.GetProperty("status").GetString());
        Assert.Equal("2026-03-01", created.GetProperty("hireDate").GetString());
        Assert.Equal("13900001111", created.GetProperty("phone").GetString());
        await Expect(page.Locator($"[data-inspector='{created.GetProperty("id").GetString()}']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_AssignsAGridsInspector_AndTheHistoryShowsBothPeriods_WhileACitySupervisorOnlyReads()
    {
        var api = await fixture.App.ClientForAsync("admin");
        var township = await RegionNamedAsync(api, "古楼街道");
        using var create = await api.PostAsJsonAsync("/api/inspectors", new { name = "钱接任", status = "active", hireDate = "2026-01-05", regionId = township });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var successor = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var grids = (await api.GetFromJsonAsync<JsonElement>($"/api/grids?regionId={township}&pageSize=500")).GetProperty("items").EnumerateArray().ToList();
        var grid = grids.First(g => g.GetProperty("inspectorId").ValueKind == JsonValueKind.String);

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.GotoAsync($"/admin/regions?regionId={township}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-grid]")).ToHaveCountAsync(grids.Count);
        Assert.Equal(grids.Select(g => g.GetProperty("code").GetString()!).ToList(), await page.Locator("[data-grid]").AllInnerTextsAsync());

        var code = grid.GetProperty("code").GetString()!;
        await page.ClickAsync($"#grid-assign-{code}");
        await MudInputs.SelectAsync(page, "grid-assign-inspector", "钱接任");
        await page.ClickAsync("#grid-assign-save");
        await Expect(page.Locator($"[data-inspector-of='{code}']")).ToHaveTextAsync("钱接任");
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{grid.GetProperty("id").GetString()}");
        Assert.Equal(successor, after.GetProperty("inspectorId").GetString());
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{grid.GetProperty("id").GetString()}/assignments");
        await Expect(page.Locator("#grid-history tbody tr")).ToHaveCountAsync(history.GetArrayLength());
        Assert.True(history.GetArrayLength() >= 2);
        await Expect(page.Locator($"#grid-history [data-assignment='{successor}']")).ToContainTextAsync("至今");
        await BrowserAppFixture.ScreenshotAsync(page, "admin-regions-zh-CN-desktop");
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-regions-zh-CN-tablet");

        var city = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(city, "city-supervisor");
        await city.GotoAsync($"/culture?name=en&returnUrl=/admin/regions?regionId={township}");
        await BrowserAppFixture.WaitForCircuitAsync(city);
        await Expect(city.Locator("[data-grid]")).ToHaveCountAsync(grids.Count);
        Assert.Equal(0, await city.Locator("[id^='grid-assign-']").CountAsync());
        await BrowserAppFixture.ScreenshotAsync(city, "admin-regions-en-desktop");
        await page.Context.CloseAsync();
        await city.Context.CloseAsync();
    }

    private static async Task<string> RegionNamedAsync(HttpClient api, string name)
    {
        static IEnumerable<JsonElement> All(JsonElement nodes) =>
            nodes.EnumerateArray().SelectMany(n => All(n.GetProperty("children")).Prepend(n));
        return All(await api.GetFromJsonAsync<JsonElement>("/api/regions")).First(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
