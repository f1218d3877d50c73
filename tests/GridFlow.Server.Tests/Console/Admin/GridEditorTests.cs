using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Admin;

/// <summary>
/// An admin draws and edits grid boundaries on the map with the mouse (Leaflet + Geoman in Debian's Chromium): a drawn
/// grid that overlaps its neighbours is refused with the server's message and not saved; a vertex dragged inward is
/// saved and is what the grid API then returns.
/// </summary>
public sealed class GridEditorTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task ADrawnGridOverItsNeighbours_IsRefusedWithTheServersMessage_AndNotSaved()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var page = await OpenAsync(facts.DemoTownshipId);
        await page.ClickAsync("#grid-new");
        await page.WaitForSelectorAsync("#grid-editor-map[data-editor-ready='true']");

        // Mouse coordinates are the viewport's: the map must be on screen.
        await page.Locator("#grid-editor-map").ScrollIntoViewIfNeededAsync();
        var box = (await page.Locator("#grid-editor-map").BoundingBoxAsync())!;
        var (cx, cy) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.ClickAsync("#grid-editor-map .leaflet-pm-icon-polygon");
        foreach (var (dx, dy) in new[] { (-60, -50), (60, -50), (60, 50), (-60, 50) })
        {
            await page.Mouse.ClickAsync(cx + dx, cy + dy);
        }

        await page.Mouse.ClickAsync(cx - 60, cy - 50);
        await Assertions.Expect(page.Locator("#grid-boundary-state")).ToHaveAttributeAsync("data-points", "5");
        await MudInputs.FillAsync(page, "grid-code", "DRAWN-1");
        await MudInputs.FillAsync(page, "grid-name", "页面绘制网格");
        await page.ClickAsync("#grid-save");
        await Assertions.Expect(page.Locator("#grid-boundary-errors")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "admin-grid-draw-refused-zh-CN-desktop");

        var api = await fixture.App.ClientForAsync("admin");
        var grids = await api.GetFromJsonAsync<JsonElement>($"/api/grids?regionId={facts.DemoTownshipId}&pageSize=500");
        Assert.DoesNotContain(grids.GetProperty("items").EnumerateArray(), g => g.GetProperty("code").GetString() == "DRAWN-1");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AVertexDraggedInward_IsSaved_AndIsTheBoundaryTheApiReturns()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("admin");
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{facts.InspectorGridId}");
        var code = before.GetProperty("code").GetString()!;
        var page = await OpenAsync(facts.DemoTownshipId);
        await page.ClickAsync($"#grid-edit-{code}");
        await page.WaitForSelectorAsync("#grid-editor-map[data-editor-ready='true']");

        // A corner of the grid, moved a few pixels toward the grid's middle: smaller, so still inside and overlapping nothing.
        await page.Locator("#grid-editor-map").ScrollIntoViewIfNeededAsync();
        var vertices = page.Locator("#grid-editor-map .marker-icon:not(.marker-icon-middle)");
        await Assertions.Expect(vertices.First).ToBeVisibleAsync();
        var corner = (await vertices.First.BoundingBoxAsync())!;
        var shape = (await page.Locator("#grid-editor-map path.leaflet-interactive[stroke='#d08a00']").BoundingBoxAsync())!;
        var (fromX, fromY) = (corner.X + corner.Width / 2, corner.Y + corner.Height / 2);
        var (middleX, middleY) = (shape.X + shape.Width / 2, shape.Y + shape.Height / 2);
        await page.Mouse.MoveAsync(fromX, fromY);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(fromX + (middleX - fromX) * 0.2f, fromY + (middleY - fromY) * 0.2f, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.ClickAsync("#grid-save");
        await Assertions.Expect(page.Locator("#grid-editor")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "admin-grid-edited-zh-CN-desktop");

        var after = await api.GetFromJsonAsync<JsonElement>($"/api/grids/{facts.InspectorGridId}");
        Assert.NotEqual(before.GetProperty("boundary").GetRawText(), after.GetProperty("boundary").GetRawText());
        Assert.True(Area(after.GetProperty("boundary")) < Area(before.GetProperty("boundary")));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(Guid township)
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        await page.GotoAsync($"/admin/regions?regionId={township}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.WaitForSelectorAsync("[data-grid]");
        return page;
    }

    /// <summary>The shoelace area of a polygon's outer ring, in square degrees (enough to compare two rings).</summary>
    private static double Area(JsonElement polygon)
    {
        var ring = polygon.GetProperty("coordinates")[0].EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        return Math.Abs(ring.Zip(ring.Skip(1), (a, b) => a.X * b.Y - b.X * a.Y).Sum()) / 2;
    }
}
