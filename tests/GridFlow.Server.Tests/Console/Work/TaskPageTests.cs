using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Work;

/// <summary>
/// A task's page completes the task through the API's own operation: the validator's messages under their fields with
/// nothing saved, a photo uploaded on the page that the API then shows on the done task, the issue moved on; and a task
/// of another region is the API's refusal, shown as a message.
/// </summary>
public sealed class TaskPageTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task TownshipOfficer_CompletesARectificationWithAPhoto_AfterTheValidatorRefusedItEmpty()
    {
        var issue = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", issue, "accept", "dispatch", new { responsibleUnit = "城管中队" });
        var task = (await flow.TaskAsync("township-officer", issue, "rectify")).GetProperty("id").GetString()!;
        var api = await flow.As("township-officer");

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync($"/tasks/{task}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#task-issue")).ToHaveAttributeAsync("href", $"/issues/{issue}");

        // Nothing filled in: the validator's own messages, each under its field, and the task stays open.
        await page.ClickAsync("#outcome-submitted");
        await Expect(page.Locator("[data-field='description'] .mud-input-helper-text")).ToContainTextAsync("is required");
        await Expect(page.Locator("#error-photos")).ToContainTextAsync("is required");
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-refused-zh-CN-desktop");
        var stillOpen = await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}");
        Assert.Equal("open", stillOpen.GetProperty("status").GetString());
        Assert.Equal(0L, await new TestSql(fixture.App.ConnectionString).CountAsync(
            "SELECT count(*) FROM issue_attachments WHERE issue_id = $1", Guid.Parse(issue)));

        await MudInputs.FillAsync(page, "field-description", "已覆盖防尘网 / covered with dust netting");
        await Expect(page.Locator("[data-field='description'] .mud-input-error")).ToHaveCountAsync(0);
        await page.Locator("#field-photos input[type=file]").SetInputFilesAsync(new FilePayload { Name = "evidence.png", MimeType = "image/png", Buffer = TestImages.Png });
        await Expect(page.Locator("#field-photos [data-photo]")).ToHaveCountAsync(1);
        var photo = (await page.Locator("#field-photos [data-photo]").GetAttributeAsync("data-photo"))!;
        // The thumbnail is read with the console's cookie from GET /api/attachments/{id}.
        await Expect(page.Locator($"[data-photo='{photo}'] img")).ToHaveJSPropertyAsync("naturalWidth", 1);
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-filled-zh-CN-desktop");
        await page.ClickAsync("#outcome-submitted");
        await Expect(page.Locator("#task-done")).ToBeVisibleAsync();

        var done = await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}");
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("submitted", done.GetProperty("outcome").GetString());
        Assert.Equal(photo, done.GetProperty("data").GetProperty("photos")[0].GetString());
        var moved = await flow.IssueAsync(issue, "township-officer");
        Assert.Contains(moved.GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "verify");
        Assert.DoesNotContain(moved.GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "rectify");

        // The done task, read-only: what was submitted, the photo among it, and no outcome buttons.
        await Expect(page.Locator("#field-photos [data-photo]")).ToHaveAttributeAsync("data-photo", photo);
        await Expect(page.Locator("#outcome-submitted")).ToHaveCountAsync(0);
        await Expect(page.Locator("#field-description")).ToHaveValueAsync("已覆盖防尘网 / covered with dust netting");
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-done-zh-CN-desktop");
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-done-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AFileThatIsNotAnImage_IsRefusedWithTheApisMessage()
    {
        var issue = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", issue, "accept", "dispatch", new { responsibleUnit = "城管中队" });
        var task = (await flow.TaskAsync("township-officer", issue, "rectify")).GetProperty("id").GetString()!;
        var page = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync($"/tasks/{task}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.Locator("#field-photos input[type=file]").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
        await Expect(page.Locator("[data-upload-refused]")).ToContainTextAsync("not an accepted image");
        await Expect(page.Locator("#field-photos [data-photo]")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-upload-refused-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ATaskOfAnotherRegion_IsTheApisRefusal_ShownAsAMessage()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var issue = (await flow.ReportAsync(reporter: "city-supervisor", at: await flow.GridCentreAsync(facts.OtherCountyGridId))).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("admin", issue, "accept", inbox: false)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await (await flow.As("township-officer")).GetAsync($"/api/tasks/{task}")).StatusCode);

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync($"/tasks/{task}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#task-problem")).ToContainTextAsync("不在您的辖区");
        await Expect(page.Locator("#task-form")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "work-task-refused-region-zh-CN-desktop");
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
