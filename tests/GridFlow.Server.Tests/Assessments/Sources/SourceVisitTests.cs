using GridFlow.Assessments.Sources;
using GridFlow.Server.Tests.Assessments.Patrols;
using Npgsql;

namespace GridFlow.Server.Tests.Assessments.Sources;

/// <summary>
/// When a source counts as visited: a valid patrol of its grid whose track passes within 100 m (99 m yes, 101 m no,
/// measured on the spheroid), never an invalid one; or a check-in at the source with a photo, near it and not in the future.
/// </summary>
[Collection(PatrolsCollection.Name)]
public sealed class SourceVisitTests(PatrolFixture fixture)
{
    [Fact]
    public async Task ValidPatrol_Within100m_Visits_At101mDoesNot()
    {
        const double lon = 115.015, south = 20.005;
        var inspector = await fixture.App.ClientForAsync("inspector");
        // 1.2 km north in 16 minutes: valid. The sources lie north of its last point on the same meridian.
        var legs = Walk.Steps(12, 100, 80);
        var endLat = south + Enumerable.Range(0, 12).Aggregate(0.0, (lat, _) => lat + Walk.NorthDegrees(south + lat, 100));
        var near = await Sources.CreateAsync(inspector, fixture.GridId, endLat + Walk.NorthDegrees(endLat, 99), lon);
        var far = await Sources.CreateAsync(inspector, fixture.GridId, endLat + Walk.NorthDegrees(endLat, 101), lon);
        Assert.Null(Sources.LastVisitedAt(near));

        var patrol = await Sources.PatrolAsync(inspector, fixture.GridId, lon, south, DateTimeOffset.UtcNow.AddHours(-2), legs);

        Assert.True(patrol.Valid);
        var visited = Sources.LastVisitedAt(await Sources.GetAsync(inspector, near.GetProperty("id").GetString()!));
        Assert.NotNull(visited);
        Assert.True(Math.Abs((visited.Value - patrol.EndedAt).TotalMilliseconds) < 1, $"{visited} vs {patrol.EndedAt}");
        Assert.Null(Sources.LastVisitedAt(await Sources.GetAsync(inspector, far.GetProperty("id").GetString()!)));
    }

    [Fact]
    public async Task InvalidPatrol_ThroughTheSource_DoesNotVisit()
    {
        const double lon = 115.025, south = 20.005;
        var inspector = await fixture.App.ClientForAsync("inspector");
        var source = await Sources.CreateAsync(inspector, fixture.GridId, south + Walk.NorthDegrees(south, 150), lon);

        // 300 m in 3 minutes: too short and too little distance, straight over the source.
        var patrol = await Sources.PatrolAsync(inspector, fixture.GridId, lon, south, DateTimeOffset.UtcNow.AddHours(-1), Walk.Steps(3, 100, 60));

        Assert.False(patrol.Valid);
        var read = await Sources.GetAsync(inspector, source.GetProperty("id").GetString()!);
        Assert.Null(Sources.LastVisitedAt(read));
        Assert.False(read.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task CheckIn_NearWithAPhoto_Visits_TooFarNoPhotoOrFuture_Are400()
    {
        const double lon = 115.035, lat = 20.02;
        var inspector = await fixture.App.ClientForAsync("inspector");
        var source = await Sources.CreateAsync(inspector, fixture.GridId, lat, lon);
        var id = source.GetProperty("id").GetString()!;
        var photo = await Sources.PhotoAsync(inspector);
        var adminsPhoto = await Sources.PhotoAsync(await fixture.App.ClientForAsync("admin"));
        var url = $"/api/pollution-sources/{id}/check-ins";
        var at = DateTimeOffset.UtcNow.AddMinutes(-10);

        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at, lat = lat + Walk.NorthDegrees(lat, 101), lon, photos = new[] { photo } }), "lat");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at, lat, lon, photos = Array.Empty<string>() }), "photos");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at, lat, lon }), "photos");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at, lat, lon, photos = new[] { adminsPhoto } }), "photos");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at, lat, lon, photos = new[] { Guid.NewGuid().ToString() } }), "photos");
        await ProblemAssert.HasFieldErrorAsync(await inspector.PostAsJsonAsync(url, new { at = DateTimeOffset.UtcNow.AddHours(1), lat, lon, photos = new[] { photo } }), "at");
        Assert.Null(Sources.LastVisitedAt(await Sources.GetAsync(inspector, id)));

        var checkedIn = await inspector.PostAsJsonAsync(url, new { at, lat = lat + Walk.NorthDegrees(lat, 99), lon, photos = new[] { photo }, notes = "炉膛已封 / sealed" });

        Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        var body = await checkedIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.InRange(body.GetProperty("meters").GetDouble(), 98.5, 99.5);
        Assert.Equal([photo], body.GetProperty("photos").EnumerateArray().Select(p => p.GetString()));
        var visited = Sources.LastVisitedAt(await Sources.GetAsync(inspector, id));
        Assert.NotNull(visited);
        Assert.True(Math.Abs((visited.Value - at).TotalMilliseconds) < 1);
        // The check-in's photo is readable by whoever sees the source.
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.App.ClientForAsync("county-supervisor")).GetAsync($"/api/attachments/{photo}")).StatusCode);
    }

    /// <summary>
    /// Passes are recorded from both sides: a source created after the patrol counts it as a visit; moved more than 100 m
    /// off the track it no longer does, and moved back it does again (the passes are recorded again, not added to).
    /// </summary>
    [Fact]
    public async Task SourceCreatedAfterThePatrol_CountsIt_MovedAwayItDoesNot_MovedBackItDoes()
    {
        const double lon = 115.0035, south = 20.005;
        var inspector = await fixture.App.ClientForAsync("inspector");
        var patrol = await Sources.PatrolAsync(inspector, fixture.GridId, lon, south, DateTimeOffset.UtcNow.AddHours(-3), Walk.Steps(12, 100, 80));
        Assert.True(patrol.Valid);
        var onTrack = south + Walk.NorthDegrees(south, 550);

        var source = await Sources.CreateAsync(inspector, fixture.GridId, onTrack, lon + Walk.EastDegrees(onTrack, 60));
        var id = source.GetProperty("id").GetString()!;
        Assert.Equal(patrol.EndedAt, Sources.LastVisitedAt(await Sources.GetAsync(inspector, id))!.Value, TimeSpan.FromMilliseconds(1));

        await MoveAsync(inspector, id, onTrack, lon + Walk.EastDegrees(onTrack, 140));
        Assert.Null(Sources.LastVisitedAt(await Sources.GetAsync(inspector, id)));

        await MoveAsync(inspector, id, onTrack, lon + Walk.EastDegrees(onTrack, 90));
        Assert.Equal(patrol.EndedAt, Sources.LastVisitedAt(await Sources.GetAsync(inspector, id))!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await PassesAsync(Guid.Parse(id)));
    }

    /// <summary>
    /// A source's passes are found by the tracks' GiST index (the bounding box is its operator), not by measuring every track
    /// of the grid. On a test-sized table the planner prefers the grid's btree index, which is also an index; so, in a
    /// transaction rolled back, without that index and with scans made dear the plan reads <c>ix_patrols_track</c>.
    /// </summary>
    [Fact]
    public async Task RecordingASourcesPasses_IsAnIndexedSpatialQuery()
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setup = new NpgsqlCommand("DROP INDEX ix_patrols_grid_id_started_at; SET LOCAL enable_seqscan = off", connection, transaction))
        {
            await setup.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + SourcePasses.RecordSourceSql, connection, transaction);
        explain.Parameters.Add(new NpgsqlParameter { Value = SourcePasses.RecordedWithinMeters });
        explain.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        await transaction.RollbackAsync();
        Assert.Contains(plan, line => line.Contains("ix_patrols_track", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on patrols", StringComparison.Ordinal));
    }

    private static async Task MoveAsync(HttpClient inspector, string id, double lat, double lon)
    {
        var moved = await inspector.PutAsJsonAsync($"/api/pollution-sources/{id}", new { name = "锅炉房", kind = "boiler", lat, lon, key = true });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    private async Task<long> PassesAsync(Guid sourceId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM patrol_source_passes WHERE source_id = $1", connection) { Parameters = { new() { Value = sourceId } } };
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
