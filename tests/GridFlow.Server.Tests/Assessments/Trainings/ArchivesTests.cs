namespace GridFlow.Server.Tests.Assessments.Trainings;

/// <summary>An inspector's three archives (一员三档): for the inspector and those above; absences in the study record; patrols with their total.</summary>
[Collection(TrainingsCollection.Name)]
public sealed class ArchivesTests(TrainingFixture fixture)
{
    [Fact]
    public async Task Archives_ForTheInspectorAndTheCountySupervisor_ShowStudyAndPatrols()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var attended = await fixture.TrainingAsync("county-supervisor", fixture.Facts.DemoCountyId, "exam", title: "固废法考试");
        var missed = await fixture.TrainingAsync("city-supervisor", fixture.CityId, "training", title: "全市网格员培训");
        var elsewhere = await fixture.TrainingAsync("admin", fixture.Facts.OtherCountyId, "training", title: "外县培训");
        var attendance = await county.PutAsJsonAsync($"/api/trainings/{attended}/attendance", new { attendees = new[] { new { inspectorId = fixture.Facts.InspectorId, score = 88.0 } } });
        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        var patrol = await PatrolAsync(inspector);

        foreach (var client in new[] { inspector, county })
        {
            var response = await client.GetAsync($"/api/inspectors/{fixture.Facts.InspectorId}/archives");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var archives = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(JsonValueKind.Array, archives.GetProperty("pollutionSources").ValueKind);
            var study = archives.GetProperty("study").EnumerateArray().ToDictionary(s => s.GetProperty("trainingId").GetString()!);
            Assert.True(study[attended].GetProperty("attended").GetBoolean());
            Assert.Equal(88.0, study[attended].GetProperty("score").GetDouble());
            Assert.Equal("exam", study[attended].GetProperty("kind").GetString());
            Assert.Equal(2.5, study[attended].GetProperty("hours").GetDouble());
            Assert.False(study[missed].GetProperty("attended").GetBoolean());
            Assert.False(study[missed].TryGetProperty("score", out _));
            Assert.DoesNotContain(elsewhere, study.Keys);
            var patrols = archives.GetProperty("patrols");
            Assert.True(patrols.GetProperty("total").GetInt32() >= 1);
            Assert.Contains(patrol, patrols.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        }

        var paged = await inspector.GetFromJsonAsync<JsonElement>($"/api/inspectors/{fixture.Facts.InspectorId}/archives?pageSize=1");
        Assert.Equal(1, paged.GetProperty("patrols").GetProperty("items").GetArrayLength());
        await ProblemAssert.HasFieldErrorAsync(await inspector.GetAsync($"/api/inspectors/{fixture.Facts.InspectorId}/archives?pageSize=0"), "pageSize");
    }

    [Fact]
    public async Task Archives_OfAnInspectorTheCallerCannotSee_Are404()
    {
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var stranger = await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector);
        var inspector = await fixture.App.ClientForAsync("inspector");

        await ProblemAssert.IsProblemAsync(await county.GetAsync($"/api/inspectors/{fixture.Facts.OtherCountyInspectorId}/archives"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/inspectors/{fixture.Facts.InspectorId}/archives"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await inspector.GetAsync($"/api/inspectors/{fixture.OtherInspectorSameCountyId}/archives"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await county.GetAsync($"/api/inspectors/{Guid.NewGuid()}/archives"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"/api/inspectors/{fixture.Facts.OtherCountyInspectorId}/archives")).StatusCode);
    }

    /// <summary>A short finished patrol of the inspector's own grid, a few points around its centre.</summary>
    private async Task<string> PatrolAsync(HttpClient inspector)
    {
        var (lat, lon) = await new Lifecycle(fixture.App).GridCentreAsync(fixture.Facts.InspectorGridId);
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        var points = Enumerable.Range(0, 4).Select(i => new { lat = lat + (i * 0.0005), lon, at = start.AddMinutes(i * 2) }).ToList();
        var response = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.Facts.InspectorGridId, startedAt = start, endedAt = start.AddMinutes(6), points });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
