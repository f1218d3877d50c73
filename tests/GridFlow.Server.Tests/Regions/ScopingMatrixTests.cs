using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Regions;

/// <summary>
/// Every role against every regions/grids/inspectors endpoint. A caller gets 404 for what they may not
/// see and 403 for what they may see but not change.
/// </summary>
public sealed class ScopingMatrixTests(ScopingMatrixTests.Fixture fixture) : IClassFixture<ScopingMatrixTests.Fixture>
{
    public sealed class Fixture : DemoAppFixture
    {
        public DemoFacts Facts { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Facts = await DemoFacts.LoadAsync(App);
        }
    }

    private const string Admin = "admin", Designer = "designer", City = "city-supervisor", County = "county-supervisor", Officer = "township-officer", Inspector = "inspector";

    /// <summary>Expected status per role, in the order admin, designer, city, county, officer, inspector.</summary>
    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        void Row(string endpoint, params int[] statuses)
        {
            string[] roles = [Admin, Designer, City, County, Officer, Inspector];
            for (var i = 0; i < roles.Length; i++)
            {
                data.Add(endpoint, roles[i], statuses[i]);
            }
        }

        Row("GET /api/me", 200, 200, 200, 200, 200, 200);
        Row("GET /api/regions", 200, 200, 200, 200, 200, 200);
        Row("GET /api/grids", 200, 200, 200, 200, 200, 200);
        Row("GET own grid", 200, 200, 200, 200, 200, 200);
        Row("GET grid same township", 200, 200, 200, 200, 200, 404);
        Row("GET grid other township", 200, 200, 200, 200, 404, 404);
        Row("GET grid other county", 200, 200, 200, 404, 404, 404);
        Row("GET own grid assignments", 200, 200, 200, 200, 200, 200);
        Row("GET grid other county assignments", 200, 200, 200, 404, 404, 404);
        Row("GET grids of other county", 200, 200, 200, 404, 404, 200);
        Row("GET /api/inspectors", 200, 200, 200, 200, 200, 200);
        Row("GET own inspector", 200, 200, 200, 200, 200, 200);
        Row("GET inspector other county", 200, 200, 200, 404, 404, 404);
        Row("GET inspectors of other county", 200, 200, 200, 404, 404, 404);
        Row("LOCATE grid other county", 200, 200, 200, 404, 404, 404);
        Row("PUT own grid", 200, 403, 403, 403, 403, 403);
        Row("PUT grid other county", 200, 403, 403, 404, 404, 404);
        Row("PUT own grid inspector", 200, 403, 403, 403, 403, 403);
        Row("PUT grid other county inspector", 200, 403, 403, 404, 404, 404);
        Row("POST grid", 400, 403, 403, 403, 403, 403);
        Row("PUT own inspector", 200, 403, 403, 403, 403, 403);
        Row("PUT inspector other county", 200, 403, 403, 404, 404, 404);
        Row("POST inspector", 201, 403, 403, 403, 403, 403);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ForRole_AnswersAsScoped(string endpoint, string role, int expected)
    {
        var client = await fixture.App.ClientForAsync(role);
        var request = await BuildAsync(endpoint, client);

        var response = await client.SendAsync(request);

        Assert.True((int)response.StatusCode == expected, $"{role} {endpoint}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Each caller's region tree starts at their own region, with exactly the children the demo data gives it.</summary>
    [Theory]
    [InlineData(Admin, "3715")]
    [InlineData(Designer, "3715")]
    [InlineData(City, "3715")]
    [InlineData(County, "371502")]
    [InlineData(Officer, "371502001")]
    [InlineData(Inspector, "371502001")]
    public async Task Regions_ForRole_StartAtTheirRegion(string role, string rootCode)
    {
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var children = await db.Regions.CountAsync(r => r.Parent!.Code == rootCode);
        var client = await fixture.App.ClientForAsync(role);

        var roots = await client.GetFromJsonAsync<JsonElement>("/api/regions");

        var root = Assert.Single(roots.EnumerateArray());
        Assert.Equal(rootCode, root.GetProperty("code").GetString());
        Assert.Equal(children, root.GetProperty("children").GetArrayLength());
        // 聊城市 has 8 county-level units; a township has no regions below it.
        Assert.Equal(rootCode switch { "3715" => 8, "371502001" => 0, _ => children }, children);
    }

    /// <summary>The grid list's total is exactly the grids in the caller's scope, counted in the database.</summary>
    [Theory]
    [InlineData(Admin)]
    [InlineData(Designer)]
    [InlineData(City)]
    [InlineData(County)]
    [InlineData(Officer)]
    [InlineData(Inspector)]
    public async Task GridList_ForRole_CountsOnlyVisibleGrids(string role)
    {
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var user = await db.Users.SingleAsync(u => u.UserName == role);
        var path = await db.Regions.Where(r => r.Id == user.RegionId).Select(r => r.Path).SingleAsync();
        var expected = role == Inspector
            ? await db.Grids.CountAsync(g => g.InspectorId == user.InspectorId)
            : await db.Grids.CountAsync(g => g.Region!.Path.StartsWith(path));
        var client = await fixture.App.ClientForAsync(role);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/grids?pageSize=500");

        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(expected, 500), page.GetProperty("items").GetArrayLength());
        Assert.True(expected > 0 && (role is Admin or Designer or City ? expected == await db.Grids.CountAsync() : expected < await db.Grids.CountAsync()), $"{role}: {expected} grids");
    }

    private async Task<HttpRequestMessage> BuildAsync(string endpoint, HttpClient client)
    {
        var f = fixture.Facts;
        var grid = await GridAsync(client, f.InspectorGridId);
        var otherGrid = await GridAsync(await fixture.App.ClientForAsync(Admin), f.OtherCountyGridId);
        var inspectorBody = new { name = "测试员", status = "active", hireDate = "2024-01-01", regionId = f.DemoTownshipId, phone = "13800000000" };
        return endpoint switch
        {
            "GET /api/me" => Get("/api/me"),
            "GET /api/regions" => Get("/api/regions"),
            "GET /api/grids" => Get("/api/grids"),
            "GET own grid" => Get($"/api/grids/{f.InspectorGridId}"),
            "GET grid same township" => Get($"/api/grids/{f.OtherGridSameTownshipId}"),
            "GET grid other township" => Get($"/api/grids/{f.OtherTownshipSameCountyGridId}"),
            "GET grid other county" => Get($"/api/grids/{f.OtherCountyGridId}"),
            "GET own grid assignments" => Get($"/api/grids/{f.InspectorGridId}/assignments"),
            "GET grid other county assignments" => Get($"/api/grids/{f.OtherCountyGridId}/assignments"),
            "GET grids of other county" => Get($"/api/grids?regionId={f.OtherCountyId}"),
            "GET /api/inspectors" => Get("/api/inspectors"),
            "GET own inspector" => Get($"/api/inspectors/{f.InspectorId}"),
            "GET inspector other county" => Get($"/api/inspectors/{f.OtherCountyInspectorId}"),
            "GET inspectors of other county" => Get($"/api/inspectors?regionId={f.OtherCountyId}"),
            "LOCATE grid other county" => Get(FormattableString.Invariant($"/api/grids/locate?lat={otherGrid.Lat}&lon={otherGrid.Lon}")),
            "PUT own grid" => Send(HttpMethod.Put, $"/api/grids/{f.InspectorGridId}", new { name = grid.Name, boundary = grid.Boundary }),
            "PUT grid other county" => Send(HttpMethod.Put, $"/api/grids/{f.OtherCountyGridId}", new { name = otherGrid.Name, boundary = otherGrid.Boundary }),
            "PUT own grid inspector" => Send(HttpMethod.Put, $"/api/grids/{f.InspectorGridId}/inspector", new { inspectorId = f.InspectorId }),
            "PUT grid other county inspector" => Send(HttpMethod.Put, $"/api/grids/{f.OtherCountyGridId}/inspector", new { inspectorId = f.OtherCountyInspectorId }),
            // The admin's request is well-formed but the drawing overlaps the inspector's grid: 400. Everyone else: 403 before validation.
            "POST grid" => Send(HttpMethod.Post, "/api/grids", new { code = "MATRIX-1", name = "matrix", regionId = f.DemoTownshipId, boundary = grid.Boundary }),
            "PUT own inspector" => Send(HttpMethod.Put, $"/api/inspectors/{f.InspectorId}", inspectorBody with { }),
            "PUT inspector other county" => Send(HttpMethod.Put, $"/api/inspectors/{f.OtherCountyInspectorId}", await InspectorBodyAsync(f.OtherCountyInspectorId)),
            "POST inspector" => Send(HttpMethod.Post, "/api/inspectors", inspectorBody),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };

        static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

        static HttpRequestMessage Send(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };
    }

    private async Task<(string Name, JsonElement Boundary, double Lat, double Lon)> GridAsync(HttpClient _, Guid id)
    {
        var admin = await fixture.App.ClientForAsync(Admin);
        var grid = await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{id}");
        var boundary = grid.GetProperty("boundary");
        var ring = boundary.GetProperty("coordinates")[0].EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        return (grid.GetProperty("name").GetString()!, boundary, ring.Average(p => p.Lat), ring.Average(p => p.Lon));
    }

    private async Task<object> InspectorBodyAsync(Guid id)
    {
        var admin = await fixture.App.ClientForAsync(Admin);
        var inspector = await admin.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        return new
        {
            name = inspector.GetProperty("name").GetString(),
            status = inspector.GetProperty("status").GetString(),
            hireDate = inspector.GetProperty("hireDate").GetString(),
            regionId = inspector.GetProperty("regionId").GetString(),
        };
    }
}
