using GridFlow.Server.Tests.Accounts.Support;

namespace GridFlow.Server.Tests.Accounts.Users;

/// <summary>
/// County supervisors manage the inspector and township-officer accounts of their county: other counties' accounts are
/// not found, the other accounts of their county are forbidden, and they grant no other role. Nobody else manages accounts.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class UserScopeTests(AccountsFixture fixture)
{
    [Fact]
    public async Task CountySupervisor_CreatesAnInspectorAccountOfTheirCounty_WhichSignsInAsThatInspector()
    {
        var calls = new UserCalls(fixture, "198.51.100.30");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var (inspectorId, townshipId) = await places.FreeInspectorAsync(fixture.ConnectionString, inDemoCounty: true);
        var supervisor = await calls.AsAsync("county-supervisor");

        await UserCalls.CreatedAsync(supervisor, UserCalls.Inspector("users-county-inspector", townshipId, inspectorId));

        var me = await (await calls.AsAsync("users-county-inspector")).GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["inspector"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var second = await UserCalls.CreateAsync(supervisor, UserCalls.Inspector("users-county-inspector-2", townshipId, inspectorId));
        await ProblemAssert.HasFieldErrorAsync(second, "inspectorId");
    }

    [Fact]
    public async Task CountySupervisor_CannotCreateInAnotherCounty_NorASupervisor()
    {
        var calls = new UserCalls(fixture, "198.51.100.31");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var (inspectorId, townshipId) = await places.FreeInspectorAsync(fixture.ConnectionString, inDemoCounty: false);
        var supervisor = await calls.AsAsync("county-supervisor");

        await ProblemAssert.HasFieldErrorAsync(await UserCalls.CreateAsync(supervisor, UserCalls.Inspector("users-far-inspector", townshipId, inspectorId)), "regionId");
        await ProblemAssert.HasFieldErrorAsync(await UserCalls.CreateAsync(supervisor, UserCalls.Officer("users-far-officer", places.OtherCountyTownshipId)), "regionId");
        var boss = new { userName = "users-new-boss", displayName = "x", password = UserCalls.Password, roles = new[] { "county-supervisor" }, regionId = places.DemoCountyId };
        await ProblemAssert.IsProblemAsync(await UserCalls.CreateAsync(supervisor, boss), HttpStatusCode.Forbidden);
        var admin = new { userName = "users-new-admin", displayName = "x", password = UserCalls.Password, roles = new[] { "admin" } };
        await ProblemAssert.IsProblemAsync(await UserCalls.CreateAsync(supervisor, admin), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CountySupervisor_SeesButMayNotManageAnotherSupervisorOfTheirCounty_AndDoesNotSeeOtherCounties()
    {
        var calls = new UserCalls(fixture, "198.51.100.32");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        await fixture.CreateAccountAsync("users-peer-supervisor");
        var admin = await calls.AsAsync("admin");
        var supervisor = await calls.AsAsync("county-supervisor");
        var peer = await IdOfAsync(admin, "users-peer-supervisor");
        var far = (await UserCalls.CreatedAsync(admin, UserCalls.Officer("users-far-away", places.OtherCountyTownshipId))).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/users/{peer}")).StatusCode);
        foreach (var action in new[] { "disable", "enable" })
        {
            await ProblemAssert.IsProblemAsync(await UserCalls.ActAsync(supervisor, peer, action), HttpStatusCode.Forbidden);
            await ProblemAssert.IsProblemAsync(await UserCalls.ActAsync(supervisor, far, action), HttpStatusCode.NotFound);
        }

        await ProblemAssert.IsProblemAsync(await supervisor.PostAsJsonAsync($"/api/users/{peer}/password", new { password = "Peer!2026pw" }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await supervisor.GetAsync($"/api/users/{far}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await supervisor.PutAsJsonAsync($"/api/users/{far}", new { displayName = "x", roles = new[] { "township-officer" }, regionId = places.DemoTownshipId }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CountySupervisor_ManagesAnOfficerOfTheirCounty_ButCannotMoveItOutNorPromoteIt()
    {
        var calls = new UserCalls(fixture, "198.51.100.33");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var supervisor = await calls.AsAsync("county-supervisor");
        var id = (await UserCalls.CreatedAsync(supervisor, UserCalls.Officer("users-county-officer", places.DemoTownshipId))).GetProperty("id").GetString()!;

        var renamed = await supervisor.PutAsJsonAsync($"/api/users/{id}", new { displayName = "新名字", roles = new[] { "township-officer" }, regionId = places.DemoTownshipId });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await ProblemAssert.HasFieldErrorAsync(await supervisor.PutAsJsonAsync($"/api/users/{id}", new { displayName = "x", roles = new[] { "township-officer" }, regionId = places.OtherCountyTownshipId }), "regionId");
        await ProblemAssert.IsProblemAsync(await supervisor.PutAsJsonAsync($"/api/users/{id}", new { displayName = "x", roles = new[] { "county-supervisor" }, regionId = places.DemoCountyId }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await UserCalls.ActAsync(supervisor, id, "disable")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await UserCalls.ActAsync(supervisor, id, "enable")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.PostAsJsonAsync($"/api/users/{id}/password", new { password = "County!2026pw" })).StatusCode);
    }

    [Fact]
    public async Task EveryoneElse_IsRefused()
    {
        var calls = new UserCalls(fixture, "198.51.100.34");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        foreach (var role in new[] { "designer", "city-supervisor", "township-officer", "inspector" })
        {
            var client = await calls.AsAsync(role);
            await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/users"), HttpStatusCode.Forbidden);
            await ProblemAssert.IsProblemAsync(await UserCalls.CreateAsync(client, UserCalls.Officer($"users-by-{role}", places.DemoTownshipId)), HttpStatusCode.Forbidden);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientFrom("198.51.100.34").GetAsync("/api/users")).StatusCode);
    }

    private static async Task<string> IdOfAsync(HttpClient admin, string userName)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/users?pageSize=500");
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetString()!;
    }
}
