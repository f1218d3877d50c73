using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Regions;

/// <summary>Creating and changing grids: each polygon validation error, the assignment history and the audit log.</summary>
public sealed class GridAdminTests(GridAdminTests.Fixture fixture) : IClassFixture<GridAdminTests.Fixture>
{
    /// <summary>A township with one grid at [110,20]-[110.01,20.01] to collide with.</summary>
    public sealed class Fixture : DemoAppFixture
    {
        public Guid TownshipId { get; private set; }

        public string ExistingGridId { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            TownshipId = await TestTownship.CreateAsync(App, "999000002");
            var admin = await App.ClientForAsync("admin");
            var response = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-EXISTING", name = "已有网格", regionId = TownshipId, boundary = Polygons.Rectangle(110, 20, 110.01, 20.01) });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ExistingGridId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
    }

    private readonly GridFlowApp app = fixture.App;

    public static TheoryData<string, object, string, string> BadBoundaries() => new()
    {
        { "not a polygon", new { type = "Point", coordinates = new[] { 110.0, 20.0 } }, "boundary.coordinates[0]", "wrong JSON type" },
        { "wrong type name", new { type = "LineString", coordinates = new[] { new[] { new[] { 110.0, 20.0 } } } }, "boundary.type", "Polygon" },
        { "too few positions", Polygons.Ring([111, 20], [111.01, 20], [111, 20]), "boundary.coordinates[0]", "four positions" },
        { "not closed", Polygons.Ring([111, 20], [111.01, 20], [111.01, 20.01], [111, 20.01]), "boundary.coordinates[0]", "not closed" },
        { "self-intersecting", Polygons.Ring([111, 20], [111.01, 20.01], [111.01, 20], [111, 20.01], [111, 20]), "boundary", "not a valid polygon" },
        { "longitude out of range", Polygons.Ring([181, 20], [181.01, 20], [181.01, 20.01], [181, 20]), "boundary.coordinates[0][0]", "longitude" },
        { "overlaps a neighbour", Polygons.Rectangle(110.005, 20.005, 110.015, 20.015), "boundary", "overlaps grid ADM-EXISTING" },
    };

    [Theory]
    [MemberData(nameof(BadBoundaries))]
    public async Task Create_WithBadBoundary_Is400SayingWhich(string _, object boundary, string field, string message)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-BAD", name = "坏网格", regionId = fixture.TownshipId, boundary });

        var messages = await ProblemAssert.HasFieldErrorAsync(response, field);
        Assert.Contains(message, messages);
        await AssertNoGridAsync("ADM-BAD");
    }

    [Fact]
    public async Task Create_OutsideTheTownshipExtent_Is400()
    {
        var admin = await app.ClientForAsync("admin");
        var facts = await DemoFacts.LoadAsync(app);

        var response = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-OUT", name = "界外", regionId = facts.DemoTownshipId, boundary = Polygons.Rectangle(120, 40, 120.01, 40.01) });

        Assert.Contains("outside the extent", await ProblemAssert.HasFieldErrorAsync(response, "boundary"));
    }

    [Fact]
    public async Task Create_TouchingANeighbourOrOverlappingWithinTolerance_IsAccepted()
    {
        var admin = await app.ClientForAsync("admin");
        // Shares the existing grid's eastern edge, and overlaps it by a sliver of 0.01% of its own area.
        var response = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-TOUCH", name = "相邻", regionId = fixture.TownshipId, boundary = Polygons.Rectangle(110.009999, 20, 110.02, 20.01) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task Create_InACounty_Is400OnRegionId_AndDuplicateCode_Is400OnCode()
    {
        var admin = await app.ClientForAsync("admin");
        var facts = await DemoFacts.LoadAsync(app);

        var inCounty = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-C", name = "x", regionId = facts.DemoCountyId, boundary = Polygons.Rectangle(112, 20, 112.01, 20.01) });
        var duplicate = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-EXISTING", name = "x", regionId = fixture.TownshipId, boundary = Polygons.Rectangle(113, 20, 113.01, 20.01) });

        Assert.Contains("not a township", await ProblemAssert.HasFieldErrorAsync(inCounty, "regionId"));
        Assert.Contains("already exists", await ProblemAssert.HasFieldErrorAsync(duplicate, "code"));
    }

    [Fact]
    public async Task AssignInspector_Twice_KeepsTheHistoryAndOneOpenPeriod()
    {
        var admin = await app.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/grids", new { code = "ADM-HIST", name = "历史", regionId = fixture.TownshipId, boundary = Polygons.Rectangle(114, 20, 114.01, 20.01) });
        var gridId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var inspectors = (await admin.GetFromJsonAsync<JsonElement>("/api/inspectors?pageSize=2")).GetProperty("items");
        var (first, second) = (inspectors[0].GetProperty("id").GetString(), inspectors[1].GetProperty("id").GetString());

        (await admin.PutAsJsonAsync($"/api/grids/{gridId}/inspector", new { inspectorId = first })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/grids/{gridId}/inspector", new { inspectorId = second })).EnsureSuccessStatusCode();

        var grid = await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{gridId}");
        Assert.Equal(second, grid.GetProperty("inspectorId").GetString());
        var history = (await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{gridId}/assignments")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(second, history[0].GetProperty("inspectorId").GetString());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("to").ValueKind);
        Assert.Equal(first, history[1].GetProperty("inspectorId").GetString());
        Assert.NotEqual(JsonValueKind.Null, history[1].GetProperty("to").ValueKind);
        Assert.Equal("admin", history[0].GetProperty("assignedBy").GetString());
    }

    [Fact]
    public async Task Update_WritesAnAuditEntryWithBeforeAndAfter()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PutAsJsonAsync($"/api/grids/{fixture.ExistingGridId}", new { name = "改名网格", boundary = Polygons.Rectangle(110, 20, 110.01, 20.01) });

        response.EnsureSuccessStatusCode();
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var entry = await db.AuditLog.Where(a => a.EntityId == fixture.ExistingGridId && a.Action == "updated").OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("admin", entry.ActorName);
        Assert.Equal("Grid", entry.EntityType);
        Assert.Equal("已有网格", entry.Before!.RootElement.GetProperty("name").GetString());
        Assert.Equal("改名网格", entry.After!.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AuditLog_RefusesUpdateAndDelete()
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor_name = 'x'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
    }

    private async Task AssertNoGridAsync(string code)
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        Assert.False(await db.Grids.AnyAsync(g => g.Code == code));
        Assert.False(await db.AuditLog.AnyAsync(a => a.After != null && a.EntityType == "Grid" && a.EntityId == code));
    }
}
