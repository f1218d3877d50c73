using System.Text.Json.Nodes;
using GridFlow.Server.Tests.Assessments.Patrols;

namespace GridFlow.Server.Tests.Assessments.Schemes;

/// <summary>Schemes as versioned data: the shipped one imported at start, drafts, publishing, problems by pointer, who edits.</summary>
[Collection(PatrolsCollection.Name)]
public sealed class AssessmentSchemesApiTests(PatrolFixture fixture)
{
    [Fact]
    public async Task TheShippedScheme_IsPublishedAtStart_AndReadableByAnInspector()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");

        var list = await inspector.GetFromJsonAsync<JsonArray>("/api/assessment-schemes");
        var scheme = await inspector.GetFromJsonAsync<JsonObject>("/api/assessment-schemes/inspector-monthly?version=1");

        var entry = list!.Single(s => (string?)s!["schemeId"] == "inspector-monthly")!;
        Assert.Equal("网格员月度考核", (string?)entry["name"]);
        Assert.Equal(1, (int?)entry["publishedVersion"]);
        Assert.Equal("published", (string?)scheme!["status"]);
        Assert.Equal(100, (double?)scheme["base"]);
        Assert.Equal(11, scheme["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task ADraft_IsSavedAgainInPlace_ThenPublished_AndTheVersionBeforeRetires()
    {
        var designer = await fixture.App.ClientForAsync("designer");
        var id = $"draft-test-{Guid.NewGuid():N}"[..24];
        var scheme = ShippedScheme.With(s => s["schemeId"] = id);

        var first = await designer.PutAsJsonAsync($"/api/assessment-schemes/{id}/draft", scheme);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var published = await designer.PostAsync($"/api/assessment-schemes/{id}/publish", null);
        scheme["base"] = 90;
        var second = await (await designer.PutAsJsonAsync($"/api/assessment-schemes/{id}/draft", scheme)).Content.ReadFromJsonAsync<JsonObject>();
        scheme["base"] = 95;
        var again = await (await designer.PutAsJsonAsync($"/api/assessment-schemes/{id}/draft", scheme)).Content.ReadFromJsonAsync<JsonObject>();
        var republished = await designer.PostAsync($"/api/assessment-schemes/{id}/publish", null);
        var nothingToPublish = await designer.PostAsync($"/api/assessment-schemes/{id}/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(2, (int?)second!["version"]);
        Assert.Equal(2, (int?)again!["version"]);
        Assert.Equal("draft", (string?)again["status"]);
        Assert.Equal(HttpStatusCode.OK, republished.StatusCode);
        await ProblemAssert.IsProblemAsync(nothingToPublish, HttpStatusCode.Conflict);
        var v1 = await designer.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{id}?version=1");
        var latest = await designer.GetFromJsonAsync<JsonObject>($"/api/assessment-schemes/{id}");
        Assert.Equal("retired", (string?)v1!["status"]);
        Assert.Equal(("published", 95.0, 2), ((string?)latest!["status"], (double?)latest["base"], (int?)latest["version"]));
        var audit = await new TestSql(fixture.App.ConnectionString).CountAsync("SELECT count(*) FROM audit_log WHERE entity_type = 'AssessmentScheme' AND entity_id LIKE $1", id + "/%");
        Assert.Equal(5, audit);
    }

    [Fact]
    public async Task Problems_AreKeyedByJsonPointer_AndNothingIsSaved()
    {
        var designer = await fixture.App.ClientForAsync("designer");
        var broken = ShippedScheme.With(s =>
        {
            s["schemeId"] = "broken-scheme";
            s["items"]![0]!["kind"] = "walk";
            s["grades"]![1]!["min"] = 95;
        });

        var validate = await designer.PostAsJsonAsync("/api/assessment-schemes/validate", broken);
        var draft = await designer.PutAsJsonAsync("/api/assessment-schemes/broken-scheme/draft", broken);
        var valid = await designer.PostAsJsonAsync("/api/assessment-schemes/validate", ShippedScheme.Load());
        var otherId = await designer.PutAsJsonAsync("/api/assessment-schemes/another-id/draft", ShippedScheme.Load());

        await ProblemAssert.HasFieldErrorAsync(validate, "/items/0/kind");
        await ProblemAssert.HasFieldErrorAsync(draft, "/grades/1/min");
        Assert.True((await valid.Content.ReadFromJsonAsync<JsonObject>())!["valid"]!.GetValue<bool>());
        await ProblemAssert.HasFieldErrorAsync(otherId, "/schemeId");
        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/assessment-schemes/broken-scheme"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("1.5")]
    [InlineData("[]")]
    public async Task ABodyThatIsNotAnObject_IsAProblemAtTheRoot(string body)
    {
        // Found by the fuzzer: the county check indexed whatever the body was (a 500).
        var designer = await fixture.App.ClientForAsync("designer");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await ProblemAssert.HasFieldErrorAsync(await designer.PostAsync("/api/assessment-schemes/validate", content), "");
    }

    [Fact]
    public async Task ACountySupervisor_EditsTheirCountysScheme_Only()
    {
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var inspector = await fixture.App.ClientForAsync("inspector");
        var own = ShippedScheme.With(s => { s["schemeId"] = "dongchangfu-monthly"; s["regionId"] = fixture.Facts.DemoCountyId.ToString(); });
        var otherCounty = ShippedScheme.With(s => { s["schemeId"] = "other-county-monthly"; s["regionId"] = fixture.Facts.OtherCountyId.ToString(); });
        var township = ShippedScheme.With(s => { s["schemeId"] = "township-monthly"; s["regionId"] = fixture.Facts.DemoTownshipId.ToString(); });

        Assert.Equal(HttpStatusCode.OK, (await county.PutAsJsonAsync("/api/assessment-schemes/dongchangfu-monthly/draft", own)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.PostAsync("/api/assessment-schemes/dongchangfu-monthly/publish", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await county.PutAsJsonAsync("/api/assessment-schemes/inspector-monthly/draft", ShippedScheme.Load()), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await county.PutAsJsonAsync("/api/assessment-schemes/other-county-monthly/draft", otherCounty), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await county.PostAsync("/api/assessment-schemes/inspector-monthly/publish", null), HttpStatusCode.Forbidden);
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync("/api/assessment-schemes/township-monthly/draft", township), "/regionId");
        await ProblemAssert.IsProblemAsync(await inspector.PutAsJsonAsync("/api/assessment-schemes/dongchangfu-monthly/draft", own), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await inspector.PostAsJsonAsync("/api/assessment-schemes/validate", own), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413()
    {
        var designer = await fixture.App.ClientForAsync("designer");
        var huge = ShippedScheme.With(s => s["name"] = new string('长', 70_000));

        await ProblemAssert.IsProblemAsync(await designer.PostAsJsonAsync("/api/assessment-schemes/validate", huge), HttpStatusCode.RequestEntityTooLarge);
    }
}
