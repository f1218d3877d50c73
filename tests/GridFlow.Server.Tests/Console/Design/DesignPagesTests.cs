using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Design;

/// <summary>
/// The designers' pages change what the API serves, refuse what the API refuses with the API's own messages, and the
/// audit log names the designer who acted on the page (not the system).
/// </summary>
public sealed class DesignPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Categories_SavedOnThePage_AreWhatTheApiLists_WithTheApisRefusals_AndTheDesignerAudited()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/design/categories");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/issue-categories");
        await Expect(page.Locator("#categories tbody tr")).ToHaveCountAsync(listed.GetArrayLength());

        var definition = listed[0].GetProperty("workflowDefinitionId").GetString()!;
        var refused = await api.PutAsJsonAsync("/api/issue-categories/Bad%20Code", new { name = "x", workflowDefinitionId = definition });
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString()!;

        await page.ClickAsync("#category-new");
        await MudInputs.FillAsync(page, "category-code", "Bad Code");
        await MudInputs.FillAsync(page, "category-name", "夜间施工噪声");
        await MudInputs.SelectAsync(page, "category-definition", $"({definition} v");
        await page.ClickAsync("#category-save");
        await Expect(page.Locator("#category-form")).ToContainTextAsync(message);
        await BrowserAppFixture.ScreenshotAsync(page, "design-categories-refused-zh-CN-desktop");

        await MudInputs.FillAsync(page, "category-code", "night-noise");
        await page.ClickAsync("#category-save");
        await Expect(page.Locator("#category-form")).ToHaveCountAsync(0);
        var saved = (await api.GetFromJsonAsync<JsonElement>("/api/issue-categories")).EnumerateArray().Single(c => c.GetProperty("code").GetString() == "night-noise");
        Assert.Equal("夜间施工噪声", saved.GetProperty("name").GetString());
        Assert.Equal(definition, saved.GetProperty("workflowDefinitionId").GetString());
        Assert.Equal(1L, await new TestSql(fixture.App.ConnectionString).ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'IssueCategory' AND entity_id = 'night-noise' AND actor_name = 'designer'"));
        await BrowserAppFixture.ScreenshotAsync(page, "design-categories-zh-CN-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Calendar_ADayAddedOnThePage_IsTheApisLocalDay_AndThePreviewIsTheApisDeadline()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/design/calendar?year=2027");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        var day = page.Locator("[data-date='2027-03-10']");
        await Expect(day).ToHaveAttributeAsync("data-kind", "Working");

        await day.ClickAsync();
        await MudInputs.FillAsync(page, "day-reason", "市运动会");
        await page.ClickAsync("#day-save");
        await Expect(day).ToHaveAttributeAsync("data-kind", "LocalOff");
        var days = await api.GetFromJsonAsync<JsonElement>("/api/calendar/non-working-days?year=2027");
        Assert.Contains(days.EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-03-10" && d.GetProperty("reason").GetString() == "市运动会");
        Assert.Equal(1L, await new TestSql(fixture.App.ConnectionString).ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'LocalNonWorkingDay' AND entity_id = '2027-03-10' AND actor_name = 'designer'"));

        // The preview counts from 09:00 today (China) as the API's working-day sum does.
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China).Date;
        var from = new DateTimeOffset(today.AddHours(9), TimeSpan.FromHours(8));
        await page.ClickAsync("#preview-run");
        var sum = await api.GetFromJsonAsync<JsonElement>($"/api/calendar/working-days/add?from={Uri.EscapeDataString(from.ToString("O"))}&days=5");
        var due = TimeZoneInfo.ConvertTime(sum.GetProperty("dueAt").GetDateTimeOffset(), China);
        await Expect(page.Locator("#preview-result")).ToContainTextAsync(due.ToString("yyyy-MM-dd"));
        await BrowserAppFixture.ScreenshotAsync(page, "design-calendar-zh-CN-desktop");

        await page.ClickAsync("#local-delete-2027-03-10");
        await Expect(day).ToHaveAttributeAsync("data-kind", "Working");
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/calendar/non-working-days?year=2027")).EnumerateArray(),
            d => d.GetProperty("date").GetString() == "2027-03-10");
        await page.GotoAsync("/culture?name=en&returnUrl=/design/calendar?year=2027");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "design-calendar-en-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Templates_ThePreviewRefusesWhatASaveRefuses_RendersTheSample_AndASaveIsServed()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/design/templates?name=task-overdue&culture=zh-CN");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#preview-subject")).Not.ToBeEmptyAsync();

        var refused = await api.PutAsJsonAsync("/api/notification-templates/task-overdue/zh-CN", new { subject = "逾期", body = "{% if %}" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("body")[0].GetString()!;
        await page.FillAsync("#template-body", "{% if %}");
        await Expect(page.Locator("#template-editor")).ToContainTextAsync(message[..Math.Min(40, message.Length)]);
        await BrowserAppFixture.ScreenshotAsync(page, "design-templates-refused-zh-CN-desktop");

        await page.FillAsync("#template-subject", "【逾期】{{ issue.code }}");
        await page.FillAsync("#template-body", "{{ recipient.name }}，您好：{{ task.name }} 已逾期。");
        await Expect(page.Locator("#preview-body")).ToHaveTextAsync("李明，您好：整改 已逾期。");
        await Expect(page.Locator("#preview-subject")).ToHaveTextAsync("【逾期】20260302-000001");
        await page.ClickAsync("#template-save");
        await Expect(page.Locator("#template-reset")).ToBeVisibleAsync();
        var served = (await api.GetFromJsonAsync<JsonElement>("/api/notification-templates")).EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "task-overdue" && t.GetProperty("culture").GetString() == "zh-CN");
        Assert.True(served.GetProperty("customised").GetBoolean());
        Assert.Equal("designer", served.GetProperty("updatedBy").GetString());
        Assert.Equal("{{ recipient.name }}，您好：{{ task.name }} 已逾期。", served.GetProperty("body").GetString());
        await BrowserAppFixture.ScreenshotAsync(page, "design-templates-zh-CN-desktop");

        await page.ClickAsync("#template-reset");
        await Expect(page.Locator("#template-reset")).ToHaveCountAsync(0);
        Assert.False((await api.GetFromJsonAsync<JsonElement>("/api/notification-templates")).EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "task-overdue" && t.GetProperty("culture").GetString() == "zh-CN").GetProperty("customised").GetBoolean());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Definitions_ListTheApisDefinitions_AndTheirVersions()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var definitions = await api.GetFromJsonAsync<JsonElement>("/api/workflow-definitions");
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/design/definitions");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#definitions > .mud-table-container > table > tbody > tr")).ToHaveCountAsync(definitions.GetArrayLength());

        var id = definitions[0].GetProperty("definitionId").GetString()!;
        var versions = await api.GetFromJsonAsync<JsonElement>($"/api/workflow-definitions/{id}/versions");
        await page.ClickAsync($"#versions-{id}");
        await Expect(page.Locator($"#version-list-{id} tbody tr")).ToHaveCountAsync(versions.GetArrayLength());
        await BrowserAppFixture.ScreenshotAsync(page, "design-definitions-zh-CN-desktop");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("township-officer")]
    [InlineData("county-supervisor")]
    public async Task DesignPages_AreNotShownToOtherRoles(string userName)
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, userName);
        Assert.False(await page.IsVisibleAsync("#nav-design"));
        foreach (var path in new[] { "/design/categories", "/design/calendar", "/design/templates", "/design/definitions" })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync("#nav");
            Assert.DoesNotContain("/design/", new Uri(page.Url).AbsolutePath);
        }

        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
