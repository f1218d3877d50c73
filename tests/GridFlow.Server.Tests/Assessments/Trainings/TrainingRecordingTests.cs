namespace GridFlow.Server.Tests.Assessments.Trainings;

/// <summary>Who records trainings and where, and the attendance: replaced whole, scores for exams, attendees of the training's region.</summary>
[Collection(TrainingsCollection.Name)]
public sealed class TrainingRecordingTests(TrainingFixture fixture)
{
    [Fact]
    public async Task Create_CountySupervisorInTheirCounty_OthersRefused()
    {
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var inspector = await fixture.App.ClientForAsync("inspector");
        var officer = await fixture.App.ClientForAsync("township-officer");
        var heldAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

        var created = await county.PostAsJsonAsync("/api/trainings", Body(fixture.Facts.DemoCountyId, heldAt));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var training = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = training.GetProperty("id").GetString();
        Assert.Equal($"/api/trainings/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("exam", training.GetProperty("kind").GetString());
        Assert.Equal(heldAt, training.GetProperty("heldAt").GetDateTimeOffset());
        Assert.Equal(fixture.Facts.DemoCountyId.ToString(), training.GetProperty("regionId").GetString());
        Assert.Equal(0, training.GetProperty("attendance").GetArrayLength());

        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", Body(fixture.Facts.OtherCountyId, heldAt)), "regionId");
        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", Body(fixture.CityId, heldAt)), "regionId");
        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", Body(fixture.Facts.DemoTownshipId, heldAt)), "regionId");
        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", Body(Guid.NewGuid(), heldAt)), "regionId");
        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", new { title = "x", kind = "party", heldAt, hours = 1.0, regionId = fixture.Facts.DemoCountyId }), "kind");
        await ProblemAssert.HasFieldErrorAsync(await county.PostAsJsonAsync("/api/trainings", new { title = "x", kind = "study", heldAt, hours = 0.0, regionId = fixture.Facts.DemoCountyId }), "hours");
        await ProblemAssert.IsProblemAsync(await inspector.PostAsJsonAsync("/api/trainings", Body(fixture.Facts.DemoCountyId, heldAt)), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await officer.PostAsJsonAsync("/api/trainings", Body(fixture.Facts.DemoCountyId, heldAt)), HttpStatusCode.Forbidden);

        // The city's supervisor records for the whole city; the county supervisor sees that training but may not record its attendance.
        var cityWide = await fixture.TrainingAsync("city-supervisor", fixture.CityId);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/trainings/{cityWide}")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await county.PutAsJsonAsync($"/api/trainings/{cityWide}/attendance", new { attendees = new[] { new { inspectorId = fixture.Facts.InspectorId } } }),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Attendance_ReplacesTheList_WithExamScores_AndNamesTheBadItem()
    {
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var exam = await fixture.TrainingAsync("county-supervisor", fixture.Facts.DemoCountyId, "exam");
        var url = $"/api/trainings/{exam}/attendance";

        var first = await county.PutAsJsonAsync(url, new { attendees = new object[] { new { inspectorId = fixture.Facts.InspectorId, score = 92.5 }, new { inspectorId = fixture.OtherInspectorSameCountyId } } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attendance").GetArrayLength());

        var second = await county.PutAsJsonAsync(url, new { attendees = new[] { new { inspectorId = fixture.Facts.InspectorId, score = 60.0 } } });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var detail = await county.GetFromJsonAsync<JsonElement>($"/api/trainings/{exam}");
        var attendee = Assert.Single(detail.GetProperty("attendance").EnumerateArray());
        Assert.Equal(fixture.Facts.InspectorId.ToString(), attendee.GetProperty("inspectorId").GetString());
        Assert.Equal(60.0, attendee.GetProperty("score").GetDouble());
        Assert.Equal(1, detail.GetProperty("attendees").GetInt32());

        // Another county's inspector, an unknown one, a twice-listed one and a score out of range: each named; nothing changes.
        var own = new { inspectorId = fixture.Facts.InspectorId, score = (double?)70.0 };
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync(url, new { attendees = new[] { own, new { inspectorId = fixture.Facts.OtherCountyInspectorId, score = (double?)null } } }), "attendees[1].inspectorId");
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync(url, new { attendees = new[] { own, new { inspectorId = Guid.NewGuid(), score = (double?)null } } }), "attendees[1].inspectorId");
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync(url, new { attendees = new[] { own, own } }), "attendees[1].inspectorId");
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync(url, new { attendees = new[] { new { inspectorId = fixture.Facts.InspectorId, score = (double?)100.5 } } }), "attendees[0].score");
        var unchanged = await county.GetFromJsonAsync<JsonElement>($"/api/trainings/{exam}");
        Assert.Equal(60.0, unchanged.GetProperty("attendance")[0].GetProperty("score").GetDouble());

        // Scores belong to exams.
        var study = await fixture.TrainingAsync("county-supervisor", fixture.Facts.DemoCountyId, "study");
        await ProblemAssert.HasFieldErrorAsync(await county.PutAsJsonAsync($"/api/trainings/{study}/attendance", new { attendees = new[] { own } }), "attendees[0].score");
        Assert.Equal(HttpStatusCode.OK, (await county.PutAsJsonAsync($"/api/trainings/{study}/attendance", new { attendees = new[] { new { inspectorId = fixture.Facts.InspectorId } } })).StatusCode);

        // Someone else's county: not seen.
        var elsewhere = await fixture.TrainingAsync("admin", fixture.Facts.OtherCountyId);
        await ProblemAssert.IsProblemAsync(await county.PutAsJsonAsync($"/api/trainings/{elsewhere}/attendance", new { attendees = Array.Empty<object>() }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await county.GetAsync($"/api/trainings/{elsewhere}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_FiltersByRegionAndByDatesInChinaTime()
    {
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var inspector = await fixture.App.ClientForAsync("inspector");
        var admin = await fixture.App.ClientForAsync("admin");
        // 16:30 UTC is 00:30 the next day in China.
        var day = new DateTime(2026, 10, 14, 0, 0, 0, DateTimeKind.Utc);
        var heldAt = new DateTimeOffset(day.AddHours(16).AddMinutes(30), TimeSpan.Zero);
        var own = await fixture.TrainingAsync("admin", fixture.Facts.DemoCountyId, heldAt: heldAt);
        var other = await fixture.TrainingAsync("admin", fixture.Facts.OtherCountyId, heldAt: heldAt);
        var city = await fixture.TrainingAsync("admin", fixture.CityId, heldAt: heldAt);
        const string chinaDay = "2026-10-15", utcDay = "2026-10-14";

        var ofTheCounty = await IdsAsync(admin, $"/api/trainings?regionId={fixture.Facts.DemoCountyId}&from={chinaDay}&to={chinaDay}");
        Assert.Contains(own, ofTheCounty);
        Assert.DoesNotContain(other, ofTheCounty);
        Assert.DoesNotContain(city, ofTheCounty);
        Assert.DoesNotContain(own, await IdsAsync(admin, $"/api/trainings?regionId={fixture.Facts.DemoCountyId}&from={utcDay}&to={utcDay}"));
        Assert.Contains(own, await IdsAsync(admin, $"/api/trainings?from={utcDay}&to={chinaDay}"));

        // The county supervisor and the inspector see their county's and the city's trainings, not another county's.
        var seenByCounty = await IdsAsync(county, $"/api/trainings?from={chinaDay}&to={chinaDay}");
        var seenByInspector = await IdsAsync(inspector, $"/api/trainings?from={chinaDay}&to={chinaDay}");
        Assert.Contains(own, seenByCounty);
        Assert.Contains(city, seenByCounty);
        Assert.DoesNotContain(other, seenByCounty);
        Assert.Contains(own, seenByInspector);
        Assert.Contains(city, seenByInspector);
        Assert.DoesNotContain(other, seenByInspector);
        await ProblemAssert.IsProblemAsync(await county.GetAsync($"/api/trainings?regionId={fixture.Facts.OtherCountyId}"), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await county.GetAsync($"/api/trainings?from={chinaDay}&to={utcDay}"), "to");
    }

    private static object Body(Guid regionId, DateTimeOffset heldAt) =>
        new { title = "环保法规考试 / regulations exam", kind = "exam", heldAt, hours = 1.5, regionId, trainer = "执法大队 李队长" };

    private static async Task<List<string?>> IdsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url + (url.Contains('?') ? "&" : "?") + "pageSize=500")).GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("id").GetString()).ToList();
}
