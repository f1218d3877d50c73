using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Regions;

/// <summary>
/// What each role sees of the map: its region tree and the grids it may list, counted in the database. Every
/// role's status on every endpoint is the authorisation matrix's (Operations/Authorization).
/// </summary>
public sealed class RegionScopeTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Admin = "admin", Designer = "designer", City = "city-supervisor", County = "county-supervisor", Officer = "township-officer", Inspector = "inspector";

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
}
