using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>Recording a patrol from a phone: batches out of order and twice, a finish that may be retried, and what is refused.</summary>
[Collection(PatrolsCollection.Name)]
public sealed class PatrolRecordingTests(PatrolFixture fixture)
{
    private const double Lon = 115.03, Lat = 20.01;

    /// <summary>
    /// A whole track uploaded at once is answered from what the upload stored, not read back: the answer must be what a read
    /// shows, to the microsecond PostgreSQL keeps (the start here has ticks below that), with a point sent twice counted once.
    /// </summary>
    [Fact]
    public async Task WholeTrackUpload_AnswersWhatAReadShows()
    {
        const double lon = 115.045, lat = 20.03;
        var start = DateTimeOffset.UtcNow.AddHours(-6).AddTicks(7);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var points = Walk.North(lon, lat, start, Walk.Steps(11, 100, 100));
        points = [.. points, points[4]];
        var end = start.AddSeconds(1100).AddTicks(3);

        var posted = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, endedAt = end, points });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var answer = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!;
        var read = JsonNode.Parse(await inspector.GetStringAsync($"/api/patrols/{answer["id"]}"))!;
        Assert.True(JsonNode.DeepEquals(read, answer), $"answered {answer.ToJsonString()}\nread     {read.ToJsonString()}");
        Assert.Equal(12, answer["points"]!.GetValue<int>());
        Assert.Equal(12, answer["track"]!["coordinates"]!.AsArray().Count);
        Assert.Equal(1.1, answer["km"]!.GetValue<double>());
    }

    [Fact]
    public async Task PointsOutOfOrderAndTwice_AreKeptOnce_InTimeOrder()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var points = Walk.North(Lon, Lat, start.AddSeconds(10), Walk.Steps(11, 100, 120));
        var id = await StartAsync(inspector, start);

        // The later half first, then the earlier half with one of the later points again, then the later half again.
        var later = await AddAsync(inspector, id, points[6..]);
        var earlier = await AddAsync(inspector, id, [.. points[..6], points[7]]);
        var again = await AddAsync(inspector, id, points[6..]);

        Assert.Equal((6, 0), later);
        Assert.Equal((6, 1), earlier);
        Assert.Equal((0, 6), again);
        var finished = await (await inspector.PostAsJsonAsync($"/api/patrols/{id}/finish", new { endedAt = start.AddMinutes(25) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(12, finished.GetProperty("points").GetInt32());
        Assert.Equal(1.1, finished.GetProperty("km").GetDouble());
        Assert.True(finished.GetProperty("valid").GetBoolean(), finished.ToString());
        var track = finished.GetProperty("track");
        Assert.Equal("LineString", track.GetProperty("type").GetString());
        var latitudes = track.GetProperty("coordinates").EnumerateArray().Select(c => c[1].GetDouble()).ToList();
        Assert.Equal(12, latitudes.Count);
        Assert.Equal(latitudes.Order(), latitudes);
    }

    [Fact]
    public async Task AFinishedPatrol_RefusesPoints_AndKeepsItsEnd_ButAnsweresTheSameFinishAgain()
    {
        // Whole seconds: PostgreSQL keeps microseconds, and the end is compared as read back.
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-40).ToUnixTimeSeconds());
        var inspector = await fixture.App.ClientForAsync("inspector");
        var id = await StartAsync(inspector, start);
        await AddAsync(inspector, id, Walk.North(Lon, Lat, start, Walk.Steps(3, 100, 60)));
        var end = start.AddMinutes(5);
        Assert.Equal(HttpStatusCode.OK, (await inspector.PostAsJsonAsync($"/api/patrols/{id}/finish", new { endedAt = end })).StatusCode);

        var retry = await inspector.PostAsJsonAsync($"/api/patrols/{id}/finish", new { endedAt = end });
        var otherEnd = await inspector.PostAsJsonAsync($"/api/patrols/{id}/finish", new { endedAt = end.AddMinutes(1) });
        var late = await inspector.PostAsJsonAsync($"/api/patrols/{id}/points", new { points = Walk.North(Lon, Lat, start.AddMinutes(4), Walk.Steps(1, 10, 5)) });

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await ProblemAssert.IsProblemAsync(otherEnd, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict);
        var patrol = await inspector.GetFromJsonAsync<JsonElement>($"/api/patrols/{id}");
        Assert.Equal(4, patrol.GetProperty("points").GetInt32());
        Assert.Equal(end, patrol.GetProperty("endedAt").GetDateTimeOffset());
        Assert.Contains("too-short", patrol.GetProperty("invalidReasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task BadInput_Is400NamingTheField_AndKeepsNothing()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-20);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var before = await CountAsync(inspector);

        var pointBeforeStart = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, points = new[] { Walk.Point(Lon, Lat, start), Walk.Point(Lon, Lat, start.AddMinutes(-10)) } });
        var noLatitude = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, points = new object[] { new { lon = Lon, at = start } } });
        var badLatitude = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, points = new[] { new { lat = 91.0, lon = Lon, at = start } } });
        var endBeforeStart = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, endedAt = start.AddMinutes(-1) });
        var future = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = DateTimeOffset.UtcNow.AddHours(1) });
        var unknownGrid = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = Guid.NewGuid(), startedAt = start });
        var notMyGrid = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.Facts.OtherGridSameTownshipId, startedAt = start });
        var tooMany = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start, points = Walk.North(Lon, Lat, start, Walk.Steps(10_000, 0.1, 0.05)) });

        Assert.Contains("between", await ProblemAssert.HasFieldErrorAsync(pointBeforeStart, "points[1].at"));
        await ProblemAssert.HasFieldErrorAsync(noLatitude, "points[0].lat");
        await ProblemAssert.HasFieldErrorAsync(badLatitude, "points[0].lat");
        await ProblemAssert.HasFieldErrorAsync(endBeforeStart, "endedAt");
        await ProblemAssert.HasFieldErrorAsync(future, "startedAt");
        await ProblemAssert.HasFieldErrorAsync(unknownGrid, "gridId");
        await ProblemAssert.HasFieldErrorAsync(notMyGrid, "gridId");
        await ProblemAssert.HasFieldErrorAsync(tooMany, "points");
        Assert.Equal(before, await CountAsync(inspector));
    }

    [Fact]
    public async Task IssuesReportedWhileRecording_LinkToThePatrol()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var id = await StartAsync(inspector, DateTimeOffset.UtcNow.AddMinutes(-10));

        var issue = await new Lifecycle(fixture.App).ReportAsync();

        var patrol = await inspector.GetFromJsonAsync<JsonElement>($"/api/patrols/{id}");
        Assert.Contains(issue.GetProperty("id").GetString(), patrol.GetProperty("issueIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("recording", patrol.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, patrol.GetProperty("valid").ValueKind);
    }

    private async Task<string> StartAsync(HttpClient inspector, DateTimeOffset start)
    {
        var response = await inspector.PostAsJsonAsync("/api/patrols", new { gridId = fixture.GridId, startedAt = start });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var patrol = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/patrols/{patrol.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return patrol.GetProperty("id").GetString()!;
    }

    private static async Task<(int Accepted, int Duplicates)> AddAsync(HttpClient inspector, string id, List<object> points)
    {
        var response = await inspector.PostAsJsonAsync($"/api/patrols/{id}/points", new { points });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (result.GetProperty("accepted").GetInt32(), result.GetProperty("duplicates").GetInt32());
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/patrols?pageSize=1")).GetProperty("total").GetInt32();
}
