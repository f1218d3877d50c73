using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console.Assessment;

/// <summary>
/// The scheme pages are the API's: the list is GET /api/assessment-schemes; the form and the JSON beside it are one
/// document (a change on either side shows on the other, a JSON syntax error loses nothing); the server's problems show
/// at the fields their pointers name; a saved draft and a published version are the API's; who may not edit gets no
/// edit buttons, and the API refuses them too.
/// </summary>
public sealed class SchemePagesTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private const string Demo = "inspector-monthly";

    [Fact]
    public async Task Designer_EditsTheDemoSchemeInTheFormAndTheJson_SeesTheServersProblemsAtTheirFields_SavesAndPublishes()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var listed = (await api.GetFromJsonAsync<JsonArray>("/api/assessment-schemes"))!;
        var before = listed.Single(s => (string?)s!["schemeId"] == Demo)!;
        var draftVersion = (int)before["latestVersion"]! + 1;
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/assessment/schemes");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-scheme]")).ToHaveCountAsync(listed.Count);
        Assert.Equal(listed.Select(s => (string)s!["schemeId"]!).ToArray(), await page.Locator("[data-scheme]").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.scheme)"));

        await page.ClickAsync("#nav-schemes");
        await page.ClickAsync($"[data-scheme='{Demo}']");
        await page.WaitForURLAsync($"**/assessment/schemes/{Demo}", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#f-grades-1-min")).ToHaveValueAsync("80");
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "published");

        // The form writes into the JSON.
        await MudInputs.FillAsync(page, "f-grades-1-min", "75");
        await JsonShowsAsync(page, s => (double?)s["grades"]![1]!["min"] == 75);
        await MudInputs.FillAsync(page, "f-items-2-points", "2");
        await JsonShowsAsync(page, s => (string?)s["items"]![2]!["id"] == "valid-report" && (double?)s["items"]![2]!["points"] == 2);

        // The JSON, once left, is read back into the form; the server's problems land at the fields they name.
        var edited = JsonNode.Parse(await page.InputValueAsync("#scheme-json"))!.AsObject();
        edited["base"] = -5;
        edited["items"]![0]!["kind"] = "walk";
        await SetJsonAsync(page, edited.ToJsonString());
        await Expect(page.Locator("#f-base")).ToHaveValueAsync("-5");
        await page.ClickAsync("#scheme-validate");
        await Expect(MudInputs.ErrorOf(page, "f-base")).ToContainTextAsync("must be from 1 to 1000");
        await Expect(MudInputs.ErrorOf(page, "f-items-0-kind")).ToContainTextAsync("must be one of");
        using var validate = await api.PostAsJsonAsync("/api/assessment-schemes/validate", edited);
        var problems = (await validate.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["/base", "/items/0/kind"], problems);
        Assert.Equal(problems, await page.Locator("#scheme-errors [data-pointer]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.pointer)"));
        Assert.Equal(2, await page.Locator("#scheme-errors [data-field]").CountAsync());
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scheme-problems-zh-CN-desktop");

        // Not JSON: the error shows, the text stays as typed, the form keeps the last document and nothing can be saved.
        var broken = edited.ToJsonString()[..^1] + ",";
        await SetJsonAsync(page, broken);
        await Expect(page.Locator("#scheme-json-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#scheme-save")).ToBeDisabledAsync();
        Assert.Equal(broken, await page.InputValueAsync("#scheme-json"));
        await Expect(page.Locator("#f-base")).ToHaveValueAsync("-5");
        await Expect(page.Locator("#f-base")).Not.ToBeEditableAsync();

        edited["base"] = 100;
        edited["items"]![0]!["kind"] = "missedPatrol";
        await SetJsonAsync(page, edited.ToJsonString());
        await Expect(page.Locator("#scheme-json-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#f-base")).ToHaveValueAsync("100");
        await page.ClickAsync("#scheme-save");
        await Expect(page.Locator("#scheme-notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "draft");
        Assert.Equal(0, await page.Locator("#scheme-errors").CountAsync());
        var draft = (await api.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{Demo}?version={draftVersion}"))!;
        Assert.Equal(("draft", 75.0, 2.0, 100.0), ((string?)draft["status"], (double?)draft["grades"]![1]!["min"], (double?)draft["items"]![2]!["points"], (double?)draft["base"]));
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scheme-zh-CN-desktop");

        await page.ClickAsync("#scheme-publish");
        await Expect(page.Locator("#publish-dialog")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scheme-publish-zh-CN-desktop");
        await page.ClickAsync("#publish-confirm");
        await Expect(page.Locator("#scheme-published")).ToHaveAttributeAsync("data-version", draftVersion.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "published");
        var after = (await api.GetFromJsonAsync<JsonArray>("/api/assessment-schemes"))!.Single(s => (string?)s!["schemeId"] == Demo)!;
        Assert.Equal(draftVersion, (int?)after["publishedVersion"]);
        Assert.Equal("published", (string?)(await api.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{Demo}?version={draftVersion}"))!["status"]);

        // An older version reads as it was.
        await Expect(page.Locator($"[data-version-link='{draftVersion - 1}']")).ToHaveTextAsync($"v{draftVersion - 1}");
        await page.ClickAsync($"[data-version-link='{draftVersion - 1}']");
        await page.WaitForURLAsync($"**version={draftVersion - 1}", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#f-grades-1-min")).ToHaveValueAsync("80");
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "retired");

        await page.SetViewportSizeAsync(768, 1024);
        await page.GotoAsync($"/assessment/schemes/{Demo}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#f-grades-1-min")).ToHaveValueAsync("75");
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-scheme-zh-CN-tablet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Designer_StartsANewSchemeFromACopy_AndItExistsOnceItsDraftIsSaved()
    {
        var api = await fixture.App.ClientForAsync("designer");
        var id = $"copy-{Guid.NewGuid():N}"[..16];
        var page = await fixture.NewPageAsync(tablet: true);
        await BrowserAppFixture.SignInAsync(page, "designer");
        await page.GotoAsync("/assessment/schemes");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await page.ClickAsync("#scheme-new");
        await MudInputs.FillAsync(page, "scheme-new-id", Demo);
        await page.ClickAsync("#scheme-copy");
        await Expect(MudInputs.ErrorOf(page, "scheme-new-id")).ToContainTextAsync(Demo);
        await MudInputs.FillAsync(page, "scheme-new-id", id);
        // The circuit has the new id once the old id's problem is gone.
        await Expect(MudInputs.ErrorOf(page, "scheme-new-id")).Not.ToContainTextAsync(Demo);
        await BrowserAppFixture.ScreenshotAsync(page, "assessment-schemes-zh-CN-tablet");
        await page.ClickAsync("#scheme-copy");
        await page.WaitForURLAsync($"**/assessment/schemes/{id}*copyOf={Demo}", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "new");
        await Expect(page.Locator("#f-schemeId")).ToHaveValueAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/assessment-schemes/{id}")).StatusCode);

        await page.ClickAsync("#scheme-save");
        await page.WaitForURLAsync($"**/assessment/schemes/{id}", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#scheme-status")).ToHaveAttributeAsync("data-status", "draft");
        var saved = (await api.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{id}"))!;
        var source = (await api.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{Demo}"))!;
        Assert.Equal((1, "draft"), ((int?)saved["version"], (string?)saved["status"]));
        Assert.Equal(source["items"]!.ToJsonString(), saved["items"]!.ToJsonString());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("county-supervisor")]
    public async Task WhoMayNotEditTheScheme_ReadsItWithoutEditButtons_AndTheApiRefusesThem(string userName)
    {
        var api = await fixture.App.ClientForAsync(userName);
        var scheme = (await api.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{Demo}"))!;
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, userName);
        await page.GotoAsync("/assessment/schemes");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-scheme]")).Not.ToHaveCountAsync(0);
        if (userName == "inspector")
        {
            Assert.Equal(0, await page.Locator("#scheme-new").CountAsync());
        }

        await page.GotoAsync($"/assessment/schemes/{Demo}");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("#scheme-readonly")).ToBeVisibleAsync();
        await Expect(page.Locator("#f-base")).ToHaveValueAsync(((double)scheme["base"]!).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, await page.Locator("#scheme-validate, #scheme-save, #scheme-publish, #item-add, #grade-add, [id^=item-remove]").CountAsync());
        await Expect(page.Locator("#f-base")).Not.ToBeEditableAsync();
        await Expect(page.Locator("#scheme-json")).Not.ToBeEditableAsync();
        if (userName == "inspector")
        {
            await BrowserAppFixture.ScreenshotAsync(page, "assessment-scheme-readonly-zh-CN-desktop");
        }

        var document = SchemeDocumentOf(scheme);
        using var draft = await api.PutAsJsonAsync($"/api/assessment-schemes/{Demo}/draft", document);
        using var publish = await api.PostAsync($"/api/assessment-schemes/{Demo}/publish", null);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (draft.StatusCode, publish.StatusCode));
        await page.Context.CloseAsync();
    }

    /// <summary>Replaces the JSON beside the form and leaves it (a textarea reports its change when it loses focus).</summary>
    private static async Task SetJsonAsync(IPage page, string text)
    {
        await page.FillAsync("#scheme-json", text);
        await page.Locator("#scheme-json").BlurAsync();
    }

    /// <summary>Waits until the JSON beside the form (written again after each change on the circuit) says what <paramref name="holds"/> checks.</summary>
    private static async Task JsonShowsAsync(IPage page, Func<JsonObject, bool> holds)
    {
        var text = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            text = await page.InputValueAsync("#scheme-json");
            if (JsonNode.Parse(text) is JsonObject shown && holds(shown))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The JSON beside the form did not change as expected: {text}");
    }

    private static JsonObject SchemeDocumentOf(JsonObject stored)
    {
        var document = (JsonObject)stored.DeepClone();
        document.Remove("status");
        document.Remove("publishedAt");
        return document;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

}
