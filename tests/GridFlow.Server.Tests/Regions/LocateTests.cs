namespace GridFlow.Server.Tests.Regions;

/// <summary>Point-in-polygon lookup over two adjacent grids drawn by the test: A = [100,30]-[100.01,30.01], B east of it.</summary>
public sealed class LocateTests(LocateTests.Fixture fixture) : IClassFixture<LocateTests.Fixture>
{
    private readonly GridFlowApp app = fixture.App;
    private readonly string gridA = fixture.GridA;
    private readonly string gridB = fixture.GridB;

    public sealed class Fixture : DemoAppFixture
    {
        public string GridA { get; private set; } = "";

        public string GridB { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var admin = await App.ClientForAsync("admin");
            var township = await TestTownship.CreateAsync(App, "999000001");
            GridA = await CreateAsync(admin, "LOC-A", township, Polygons.Rectangle(100, 30, 100.01, 30.01));
            GridB = await CreateAsync(admin, "LOC-B", township, Polygons.Rectangle(100.01, 30, 100.02, 30.01));
        }
    }

    [Theory]
    [InlineData(30.005, 100.005, "A")] // inside A
    [InlineData(30.005, 100.015, "B")] // inside B
    [InlineData(30.000, 100.005, "A")] // on A's outer (southern) edge
    [InlineData(30.005, 100.000, "A")] // on A's outer (western) edge
    [InlineData(30.000, 100.000, "A")] // on A's corner
    [InlineData(30.005, 100.010, "A")] // on the edge A and B share: the lower code wins, on every node
    [InlineData(30.005, 100.020, "B")] // on B's eastern edge
    public async Task Locate_PointInOrOnAGrid_ReturnsThatGrid(double lat, double lon, string expected)
    {
        var admin = await app.ClientForAsync("admin");

        var grid = await admin.GetFromJsonAsync<JsonElement>(FormattableString.Invariant($"/api/grids/locate?lat={lat}&lon={lon}"));

        Assert.Equal(expected == "A" ? gridA : gridB, grid.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(30.0101, 100.005)]
    [InlineData(29.9999, 100.015)]
    [InlineData(30.005, 100.0201)]
    [InlineData(0, 0)]
    public async Task Locate_PointOutsideEveryGrid_Is404(double lat, double lon)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.GetAsync(FormattableString.Invariant($"/api/grids/locate?lat={lat}&lon={lon}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Locate_GridTheCallerMayNotSee_Is404()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.GetAsync("/api/grids/locate?lat=30.005&lon=100.005");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Locate_InspectorsOwnGrid_FindsIt()
    {
        var inspector = await app.ClientForAsync("inspector");
        var me = await inspector.GetFromJsonAsync<JsonElement>("/api/me");
        var gridId = me.GetProperty("gridIds")[0].GetString();
        var grid = await inspector.GetFromJsonAsync<JsonElement>($"/api/grids/{gridId}");
        var ring = grid.GetProperty("boundary").GetProperty("coordinates")[0].EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        var (lon, lat) = (ring.Average(p => p.Lon), ring.Average(p => p.Lat));

        var located = await inspector.GetFromJsonAsync<JsonElement>(FormattableString.Invariant($"/api/grids/locate?lat={lat}&lon={lon}"));

        Assert.Equal(gridId, located.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("lat=91&lon=100", "lat")]
    [InlineData("lat=30&lon=-181", "lon")]
    [InlineData("lon=100", "lat")]
    [InlineData("lat=abc&lon=100", "lat")]
    public async Task Locate_BadCoordinates_Is400NamingTheParameter(string query, string field)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.GetAsync($"/api/grids/locate?{query}");

        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Locate_AfterABoundaryChange_FollowsTheNewBoundary()
    {
        var admin = await app.ClientForAsync("admin");
        var moved = await admin.PutAsJsonAsync($"/api/grids/{gridB}", new { name = "LOC-B moved", boundary = Polygons.Rectangle(100.01, 30.01, 100.02, 30.02) });
        moved.EnsureSuccessStatusCode();

        var oldPlace = await admin.GetAsync("/api/grids/locate?lat=30.005&lon=100.015");
        var newPlace = await admin.GetFromJsonAsync<JsonElement>("/api/grids/locate?lat=30.015&lon=100.015");

        Assert.Equal(HttpStatusCode.NotFound, oldPlace.StatusCode);
        Assert.Equal(gridB, newPlace.GetProperty("id").GetString());
        var back = await admin.PutAsJsonAsync($"/api/grids/{gridB}", new { name = "LOC-B", boundary = Polygons.Rectangle(100.01, 30, 100.02, 30.01) });
        back.EnsureSuccessStatusCode();
    }

    private static async Task<string> CreateAsync(HttpClient admin, string code, Guid township, object boundary)
    {
        var response = await admin.PostAsJsonAsync("/api/grids", new { code, name = code, regionId = township, boundary });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
