using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Accounts.Users;

/// <summary><c>GET /api/users</c>: paged like every list, filtered by role and region, and limited to the caller's county.</summary>
[Collection(AccountsCollection.Name)]
public sealed class UserListTests(AccountsFixture fixture)
{
    [Fact]
    public async Task List_ByRoleAndRegion_HasOnlyThose()
    {
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await new UserCalls(fixture, "198.51.100.40").AsAsync("admin");

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/users?role=inspector&regionId={places.DemoTownshipId}");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, u => u.GetProperty("userName").GetString() == "inspector");
        Assert.All(items, u => Assert.Contains("inspector", u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.All(items, u => Assert.Equal(places.DemoTownshipId.ToString(), u.GetProperty("regionId").GetString()));
        Assert.Equal(items.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
        var demoInspector = items.Single(u => u.GetProperty("userName").GetString() == "inspector");
        Assert.Equal(places.DemoInspectorId.ToString(), demoInspector.GetProperty("inspectorId").GetString());
    }

    [Fact]
    public async Task List_AsCountySupervisor_HasOnlyTheirCounty()
    {
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var supervisor = await new UserCalls(fixture, "198.51.100.41").AsAsync("county-supervisor");
        await using var db = TestDatabases.OpenContext(fixture.ConnectionString);
        var county = (await db.Regions.Where(r => r.Path.StartsWith(places.DemoCountyPath)).Select(r => r.Id.ToString()).ToListAsync()).ToHashSet();

        var page = await supervisor.GetFromJsonAsync<JsonElement>("/api/users?pageSize=500");

        var names = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("inspector", names);
        Assert.Contains("township-officer", names);
        Assert.Contains("county-supervisor", names);
        Assert.DoesNotContain("admin", names);
        Assert.DoesNotContain("city-supervisor", names);
        Assert.All(page.GetProperty("items").EnumerateArray(), u => Assert.Contains(u.GetProperty("regionId").GetString()!, county));
        await ProblemAssert.IsProblemAsync(await supervisor.GetAsync($"/api/users?regionId={places.OtherCountyTownshipId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithBadPagingOrAnUnknownRole_Is400NamingIt()
    {
        var admin = await new UserCalls(fixture, "198.51.100.42").AsAsync("admin");

        await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync("/api/users?pageSize=501"), "pageSize");
        await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync("/api/users?page=0"), "page");
        await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync("/api/users?role=mayor"), "role");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/users?pageSize=2&page=2");
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.True(all.GetProperty("total").GetInt32() >= 6);
    }
}
