namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>Who sees and who records a patrol, and the daily-patrol archive's filters.</summary>
[Collection(PatrolsCollection.Name)]
public sealed class PatrolScopeTests(PatrolFixture fixture)
{
    [Fact]
    public async Task OnlyTheInspectorRecords_SupervisorsAboveRead_OthersDoNotSee()
    {
        await TestAccounts.OtherCountyInspectorAsync(fixture.App.Services);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var stranger = await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector);
        var start = DateTimeOffset.UtcNow.AddMinutes(-15);
        var created = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var points = new { points = Walk.North(115.01, 20.01, start, Walk.Steps(2, 50, 30)) };

        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/patrols/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await county.PostAsJsonAsync($"/api/patrols/{id}/points", points), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await county.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/patrols/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.PostAsJsonAsync($"/api/patrols/{id}/finish", new { endedAt = start.AddMinutes(5) }), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await IdsAsync(stranger, "/api/patrols?pageSize=500"));
        Assert.Contains(id, await IdsAsync(county, $"/api/patrols?gridId={fixture.GridId}&pageSize=500"));
        Assert.Equal(HttpStatusCode.OK, (await inspector.PostAsJsonAsync($"/api/patrols/{id}/points", points)).StatusCode);
    }

    [Fact]
    public async Task TheArchive_FiltersByValidityAndDate_InChinaTime()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        // 16:30 UTC is 00:30 the next day in China.
        var day = DateTime.UtcNow.Date.AddDays(-2);
        var start = new DateTimeOffset(day.AddHours(16).AddMinutes(30), TimeSpan.Zero);
        var valid = await PatrolAsync(inspector, start, Walk.Steps(12, 100, 80));
        var tooShort = await PatrolAsync(inspector, start.AddHours(1), Walk.Steps(3, 100, 60));
        var chinaDay = DateOnly.FromDateTime(day.AddDays(1)).ToString("yyyy-MM-dd");
        var utcDay = DateOnly.FromDateTime(day).ToString("yyyy-MM-dd");

        var ofTheDay = await IdsAsync(inspector, $"/api/patrols?from={chinaDay}&to={chinaDay}&pageSize=500");
        var validOnes = await IdsAsync(inspector, $"/api/patrols?from={chinaDay}&to={chinaDay}&valid=true&pageSize=500");
        var dayBefore = await IdsAsync(inspector, $"/api/patrols?from={utcDay}&to={utcDay}&pageSize=500");

        Assert.Contains(valid, ofTheDay);
        Assert.Contains(tooShort, ofTheDay);
        Assert.Contains(valid, validOnes);
        Assert.DoesNotContain(tooShort, validOnes);
        Assert.DoesNotContain(valid, dayBefore);
        await ProblemAssert.HasFieldErrorAsync(await inspector.GetAsync($"/api/patrols?from={chinaDay}&to={utcDay}"), "to");
    }

    private async Task<string> PatrolAsync(HttpClient inspector, DateTimeOffset start, (double, double)[] legs)
    {
        var patrol = await Walk.UploadAsync(inspector, fixture.GridId, 115.04, 20.01, start, legs);
        return patrol.GetProperty("id").GetString()!;
    }

    private static async Task<List<string?>> IdsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
}
