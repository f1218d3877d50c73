namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>
/// The patrol rule at each of its bounds (at least 15 minutes, 1.00 km, 80 % inside the grid, no stretch faster than
/// 15 km/h), on whole tracks uploaded at once and measured by PostGIS.
/// </summary>
[Collection(PatrolsCollection.Name)]
public sealed class PatrolValidityTests(PatrolFixture fixture)
{
    private const double Lon = 115.02, SouthLat = 20.005;

    public static TheoryData<string, double, (double, double)[], double, string?> Tracks() => new()
    {
        // name, start latitude, legs (metres, seconds), minutes from start to end, the one rule broken (or none)
        { "15:00 is long enough", SouthLat, Walk.Steps(12, 100, 75), 15.0, null },
        { "14:59 is too short", SouthLat, Walk.Steps(12, 100, 74.9), 14 + (59 / 60.0), "too-short" },
        { "1.00 km is far enough", SouthLat, Walk.Steps(10, 100, 120), 20, null },
        { "0.99 km is too little", SouthLat, Walk.Steps(10, 99, 120), 20, "too-little-distance" },
        // 800 m of the 1,000 inside, then across the grid's north edge.
        { "80 % inside is enough", NorthOf(800), Walk.Steps(10, 100, 120), 20, null },
        { "79 % inside is outside", NorthOf(790), Walk.Steps(10, 100, 120), 20, "outside-grid" },
        // Nineteen minutes at 4.8 km/h and one at the limit or just above it.
        { "15.0 km/h is a walk or a ride", SouthLat, [.. Walk.Steps(19, 80, 60), (250, 60)], 20, null },
        { "15.2 km/h is a drive", SouthLat, [.. Walk.Steps(19, 80, 60), (253.4, 60)], 20, "too-fast" },
    };

    [Theory]
    [MemberData(nameof(Tracks))]
    public async Task FinishedTrack_IsJudgedByTheRule_AtItsBounds(string name, double startLat, (double, double)[] legs, double minutes, string? broken)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var inspector = await fixture.App.ClientForAsync("inspector");

        var response = await inspector.PostAsJsonAsync("/api/patrols", new
        {
            gridId = fixture.GridId, startedAt = start, endedAt = start.AddSeconds(minutes * 60), points = Walk.North(Lon, startLat, start, legs),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var patrol = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("finished", patrol.GetProperty("status").GetString());
        var reasons = patrol.GetProperty("invalidReasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.True(broken is null ? reasons.Count == 0 : reasons.SequenceEqual([broken]), $"{name}: broke [{string.Join(", ", reasons)}] in {patrol}");
        Assert.Equal(broken is null, patrol.GetProperty("valid").GetBoolean());
        Assert.Equal(Math.Round(minutes, 2), patrol.GetProperty("minutes").GetDouble());
        Assert.Equal(Math.Round(legs.Sum(l => l.Item1) / 1000, 2), patrol.GetProperty("km").GetDouble());
        Assert.Equal(legs.Length + 1, patrol.GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task Figures_AreTheTracksOwn()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-5);
        var inspector = await fixture.App.ClientForAsync("inspector");

        // 800 m inside and 200 m outside; nineteen minutes at 4.8 km/h and one at 15 km/h.
        var response = await inspector.PostAsJsonAsync("/api/patrols", new
        {
            gridId = fixture.GridId, startedAt = start, endedAt = start.AddMinutes(20),
            points = Walk.North(Lon, NorthOf(800), start, [.. Walk.Steps(9, 83, 120), (253, 120)]),
        });

        var patrol = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1.0, patrol.GetProperty("km").GetDouble());
        Assert.Equal(0.8, patrol.GetProperty("insideRatio").GetDouble(), 3);
        Assert.Equal(Math.Round(253 / 120.0 * 3.6, 1), patrol.GetProperty("maxKmh").GetDouble());
    }

    /// <summary>The latitude from which a walk north reaches the grid's north edge after <paramref name="meters"/>.</summary>
    private static double NorthOf(double meters) => PatrolFixture.MaxLat - Walk.NorthDegrees(PatrolFixture.MaxLat, meters);
}
