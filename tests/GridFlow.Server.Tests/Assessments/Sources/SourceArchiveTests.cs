using GridFlow.Server.Tests.Assessments.Patrols;

namespace GridFlow.Server.Tests.Assessments.Sources;

/// <summary>Keeping a grid's sources: create, read, update and list; bad input names its field; who sees and who keeps them.</summary>
[Collection(PatrolsCollection.Name)]
public sealed class SourceArchiveTests(PatrolFixture fixture)
{
    private const double Lon = 115.0075, Lat = 20.04;

    [Fact]
    public async Task Create_Read_Update_List()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var photo = await Sources.PhotoAsync(inspector);
        var created = await inspector.PostAsJsonAsync("/api/pollution-sources", new
        {
            gridId = fixture.GridId, name = "张记饭店 / Zhang's restaurant", kind = "restaurant", lat = Lat, lon = Lon, key = false, notes = "油烟净化器 / fume purifier", photos = new[] { photo },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = source.GetProperty("id").GetString()!;
        Assert.Equal($"/api/pollution-sources/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("restaurant", source.GetProperty("kind").GetString());
        Assert.Equal(14, source.GetProperty("visitEveryDays").GetInt32());
        Assert.Equal(Lat, source.GetProperty("lat").GetDouble(), 9);
        Assert.Equal(Lon, source.GetProperty("lon").GetDouble(), 9);
        Assert.False(source.TryGetProperty("lastVisitedAt", out _));
        Assert.Equal([photo], source.GetProperty("photos").EnumerateArray().Select(p => p.GetString()));

        var updated = await inspector.PutAsJsonAsync($"/api/pollution-sources/{id}", new { name = "张记饭店", kind = "restaurant", lat = Lat + 0.001, lon = Lon, key = true, visitEveryDays = 3 });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var read = await Sources.GetAsync(inspector, id);
        Assert.True(read.GetProperty("key").GetBoolean());
        Assert.Equal(3, read.GetProperty("visitEveryDays").GetInt32());
        Assert.Equal(Lat + 0.001, read.GetProperty("lat").GetDouble(), 9);
        Assert.False(read.TryGetProperty("notes", out _));
        Assert.Equal([photo], read.GetProperty("photos").EnumerateArray().Select(p => p.GetString()));

        var keyOnes = await Ids(inspector, $"/api/pollution-sources?gridId={fixture.GridId}&key=true&pageSize=500");
        var others = await Ids(inspector, $"/api/pollution-sources?gridId={fixture.GridId}&key=false&pageSize=500");
        Assert.Contains(id, keyOnes);
        Assert.DoesNotContain(id, others);
    }

    [Fact]
    public async Task BadInput_NamesTheField()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        object Body(Guid? gridId = null, string kind = "boiler", double lat = Lat, double lon = Lon, int? every = null, string name = "锅炉") =>
            new { gridId = gridId ?? fixture.GridId, name, kind, lat, lon, key = true, visitEveryDays = every };

        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(kind: "factory")), "kind");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(lat: 91)), "lat");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(lon: -1e308)), "lon");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(every: 0)), "visitEveryDays");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(name: "")), "name");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(gridId: Guid.NewGuid())), "gridId");
        // Outside the test grid (it ends at 20.05 N).
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", Body(lat: 20.06)), "lat");
        await ProblemAssert.HasFieldErrorAsync(
            await inspector.PostAsJsonAsync("/api/pollution-sources", new { gridId = fixture.GridId, name = "锅炉", kind = "boiler", lat = Lat, lon = Lon, key = true, photos = new[] { "not-a-photo" } }), "photos");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync("/api/pollution-sources", new { gridId = fixture.GridId, name = "锅炉", kind = "boiler", lat = Lat, lon = Lon }), "key");
        await ProblemAssert.HasFieldErrorAsync(await inspector.GetAsync("/api/pollution-sources?pageSize=501"), "pageSize");
    }

    [Fact]
    public async Task TheInspectorKeeps_SupervisorsAboveRead_OthersDoNotSee()
    {
        await TestAccounts.OtherCountyInspectorAsync(fixture.App.Services);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var admin = await fixture.App.ClientForAsync("admin");
        var stranger = await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector);
        var id = (await Sources.CreateAsync(inspector, fixture.GridId, Lat - 0.002, Lon)).GetProperty("id").GetString()!;
        var change = new { name = "改名 / renamed", kind = "coal-yard", lat = Lat - 0.002, lon = Lon, key = true };
        var body = new { gridId = fixture.GridId, name = "煤场 / coal yard", kind = "coal-yard", lat = Lat, lon = Lon, key = true };
        var checkIn = new { at = DateTimeOffset.UtcNow.AddMinutes(-1), lat = Lat - 0.002, lon = Lon, photos = new[] { await Sources.PhotoAsync(county) } };

        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/pollution-sources/{id}")).StatusCode);
        Assert.Contains(id, await Ids(county, $"/api/pollution-sources?gridId={fixture.GridId}&pageSize=500"));
        await ProblemAssert.IsProblemAsync(await county.PostAsJsonAsync("/api/pollution-sources", body), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await county.PutAsJsonAsync($"/api/pollution-sources/{id}", change), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await county.PostAsJsonAsync($"/api/pollution-sources/{id}/check-ins", checkIn), HttpStatusCode.Forbidden);

        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/pollution-sources/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.PutAsJsonAsync($"/api/pollution-sources/{id}", change), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.PostAsJsonAsync($"/api/pollution-sources/{id}/check-ins", checkIn), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await stranger.PostAsJsonAsync("/api/pollution-sources", body), "gridId");
        Assert.DoesNotContain(id, await Ids(stranger, "/api/pollution-sources?pageSize=500"));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/pollution-sources/{id}", change)).StatusCode);
        Assert.Equal("coal-yard", (await Sources.GetAsync(inspector, id)).GetProperty("kind").GetString());
    }

    private static async Task<List<string?>> Ids(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
}
