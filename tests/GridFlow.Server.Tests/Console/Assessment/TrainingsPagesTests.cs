using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Assessment;

/// <summary>
/// The trainings page is the API's: an exam recorded on the page with its attendance and scores is the API's training,
/// and the inspectors' study archives list it; attended / expected counts are the API's attendance over the region's
/// inspectors.
/// </summary>
public sealed class TrainingsPagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CountySupervisor_RecordsAnExamWithAttendanceAndScores_AndTheStudyArchiveListsIt()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var api = await fixture.App.ClientForAsync("county-supervisor");
        var inspectors = (await api.GetFromJsonAsync<JsonElement>($"/api/inspectors?regionId={facts.DemoCountyId}&pageSize=500")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("status").GetString() != "dismissed").ToList();
        var second = inspectors.Select(i => Guid.Parse(i.GetProperty("id").GetString()!)).First(id => id != facts.InspectorId);
        var title = $"环保法规考试 {Guid.NewGuid():N}"[..20];

        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/assessment/trainings");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync("#training-new");
        await MudInputs.FillAsync(page, "training-title", title);
        await MudInputs.SelectAsync(page, "training-kind", "考试");
        await MudInputs.FillAsync(page, "training-trainer", "市生态环境局执法支队");
        await page.ClickAsync("#training-save");
        await Expect(page.Locator("#attendance")).ToHaveCountAsync(1);
        await Expect(page.Locator("#attendance-lines tr[data-inspector]")).ToHaveCountAsync(inspectors.Count);

        foreach (var (id, score) in new[] { (facts.InspectorId, "88"), (second, "75") })
        {
            var row = page.Locator($"tr[data-inspector='{id}']");
            await row.Locator(".gf-attend input[type=checkbox]").CheckAsync();
            await row.Locator(".gf-score input").FillAsync(score);
            await row.Locator(".gf-score input").PressAsync("Tab");
        }

        await Expect(page.Locator("#attendance-count")).ToHaveAttributeAsync("data-attended", "2");
        await page.Locator($"tr[data-inspector='{second}']").ScrollIntoViewIfNeededAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "trainings-attendance-zh-CN-desktop");
        await page.ClickAsync("#attendance-save");
        await Expect(page.Locator("#attendance")).ToHaveCountAsync(0);

        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/trainings?regionId={facts.DemoCountyId}&pageSize=500");
        var training = listed.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("title").GetString() == title);
        var trainingId = training.GetProperty("id").GetString()!;
        Assert.Equal("exam", training.GetProperty("kind").GetString());
        Assert.Equal(2, training.GetProperty("attendees").GetInt32());
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/trainings/{trainingId}");
        var scores = detail.GetProperty("attendance").EnumerateArray().ToDictionary(a => a.GetProperty("inspectorId").GetString()!, a => a.GetProperty("score").GetDouble());
        Assert.Equal(88, scores[facts.InspectorId.ToString()]);
        Assert.Equal(75, scores[second.ToString()]);

        var archive = await api.GetFromJsonAsync<JsonElement>($"/api/inspectors/{facts.InspectorId}/archives");
        var study = archive.GetProperty("study").EnumerateArray().Single(s => s.GetProperty("trainingId").GetString() == trainingId);
        Assert.True(study.GetProperty("attended").GetBoolean());
        Assert.Equal(88, study.GetProperty("score").GetDouble());

        var count = page.Locator($"tr:has([data-training='{trainingId}']) .gf-attendance-count");
        await Expect(count).ToHaveAttributeAsync("data-attended", "2");
        await Expect(count).ToHaveAttributeAsync("data-expected", inspectors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator($"tr:has([data-training='{trainingId}'])")).ToContainTextAsync("考试");
        await BrowserAppFixture.ScreenshotAsync(page, "trainings-zh-CN-desktop");
        await page.SetViewportSizeAsync(768, 1024);
        await BrowserAppFixture.ScreenshotAsync(page, "trainings-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
