using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Accounts.Users;

/// <summary>An admin creates, changes, resets, disables and enables accounts; every write is audited, no password is.</summary>
[Collection(AccountsCollection.Name)]
public sealed class UserAccountsTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Create_AnswersTheAccount_AndTheNewUserSignsIn_AndTheAuditLogHasIt()
    {
        var calls = new UserCalls(fixture, "198.51.100.10");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await calls.AsAsync("admin");

        var created = await UserCalls.CreatedAsync(admin, new
        {
            userName = "users-new-officer", displayName = "新办事员", password = "Another!2026x", roles = new[] { "township-officer" },
            regionId = places.DemoTownshipId, email = "new.officer@example.org",
        });

        Assert.Equal("users-new-officer", created.GetProperty("userName").GetString());
        Assert.Equal(["township-officer"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(places.DemoTownshipId.ToString(), created.GetProperty("regionId").GetString());
        Assert.Equal("new.officer@example.org", created.GetProperty("email").GetString());
        Assert.False(created.GetProperty("disabled").GetBoolean());
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/users/{id}")).StatusCode);

        var me = await (await calls.AsAsync("users-new-officer", "Another!2026x")).GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(id, me.GetProperty("id").GetString());
        Assert.Equal("新办事员", me.GetProperty("displayName").GetString());

        var audit = await AuditAsync(id);
        var entry = Assert.Single(audit);
        Assert.Equal(("created", "admin"), (entry.Action, entry.ActorName));
        Assert.Null(entry.Before);
        Assert.Contains("users-new-officer", entry.After);
        Assert.DoesNotContain("Another!2026x", entry.After);
        Assert.DoesNotContain("password", entry.After, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_WithAWeakPassword_Is400NamingPasswordAndTheRules_AndWritesNothing()
    {
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await new UserCalls(fixture, "198.51.100.11").AsAsync("admin");

        var response = await UserCalls.CreateAsync(admin, UserCalls.Officer("users-weak", places.DemoTownshipId, password: "abc"));

        var message = await ProblemAssert.HasFieldErrorAsync(response, "password");
        Assert.Contains("PasswordTooShort", message);
        Assert.Contains("PasswordRequiresDigit", message);
        await using var db = TestDatabases.OpenContext(fixture.ConnectionString);
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "users-weak"));
    }

    [Fact]
    public async Task Create_WithATakenName_Is409_WhateverItsCase()
    {
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await new UserCalls(fixture, "198.51.100.12").AsAsync("admin");

        await ProblemAssert.IsProblemAsync(await UserCalls.CreateAsync(admin, UserCalls.Officer("township-officer", places.DemoTownshipId)), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await UserCalls.CreateAsync(admin, UserCalls.Officer("Township-Officer", places.DemoTownshipId)), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_WithBadFields_Is400NamingEach()
    {
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await new UserCalls(fixture, "198.51.100.13").AsAsync("admin");
        var (otherInspector, _) = await places.FreeInspectorAsync(fixture.ConnectionString, inDemoCounty: false);
        const string p = UserCalls.Password;
        (object Body, string Field)[] cases =
        [
            (new { userName = "users-bad-1", displayName = "x", password = p, roles = new[] { "mayor" }, regionId = places.DemoTownshipId }, "roles"),
            (new { userName = "users-bad-2", displayName = "x", password = p, roles = new[] { "township-officer" }, regionId = Guid.NewGuid() }, "regionId"),
            (new { userName = "users-bad-3", displayName = "x", password = p, roles = new[] { "township-officer" } }, "regionId"),
            (new { userName = "users-bad-4", displayName = "x", password = p, roles = new[] { "inspector" }, regionId = places.DemoTownshipId }, "inspectorId"),
            (UserCalls.Inspector("users-bad-5", places.DemoTownshipId, otherInspector), "inspectorId"),
            (UserCalls.Inspector("users-bad-6", places.DemoTownshipId, places.DemoInspectorId), "inspectorId"),
            (UserCalls.Inspector("users-bad-7", places.DemoTownshipId, Guid.NewGuid()), "inspectorId"),
            (new { userName = "users-bad-8", displayName = "x", password = p, roles = new[] { "township-officer" }, regionId = places.DemoTownshipId, inspectorId = places.DemoInspectorId }, "inspectorId"),
            (new { userName = "users-bad-9", displayName = "x", password = p, roles = new[] { "township-officer" }, regionId = places.DemoTownshipId, email = "not-an-address" }, "email"),
            (new { userName = "users-bad-10", displayName = new string('名', 129), password = p, roles = new[] { "township-officer" }, regionId = places.DemoTownshipId }, "displayName"),
            (new { userName = new string('u', 257), displayName = "x", password = p, roles = new[] { "township-officer" }, regionId = places.DemoTownshipId }, "userName"),
            (new { userName = "users bad 12", displayName = "x", password = p, roles = new[] { "township-officer" }, regionId = places.DemoTownshipId }, "userName"),
            (new { userName = "users-bad-13", displayName = "x", password = p, roles = Array.Empty<string>(), regionId = places.DemoTownshipId }, "roles"),
        ];

        foreach (var (body, field) in cases)
        {
            await ProblemAssert.HasFieldErrorAsync(await UserCalls.CreateAsync(admin, body), field);
        }

        await using var db = TestDatabases.OpenContext(fixture.ConnectionString);
        Assert.False(await db.Users.AnyAsync(u => u.UserName!.StartsWith("users-bad")));
    }

    [Fact]
    public async Task SetPassword_EndsTheOldSessions_AndOnlyTheNewPasswordSignsIn()
    {
        var calls = new UserCalls(fixture, "198.51.100.14");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await calls.AsAsync("admin");
        var id = (await UserCalls.CreatedAsync(admin, UserCalls.Officer("users-reset", places.DemoTownshipId))).GetProperty("id").GetString()!;
        var old = await AuthCalls.SignInAsync(fixture.ClientFrom("198.51.100.14"), "users-reset");
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(old.AccessToken).GetAsync("/api/me")).StatusCode);

        await ProblemAssert.HasFieldErrorAsync(await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "short" }), "password");
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(old.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Reset!2026new" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(old.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("198.51.100.14"), old.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await calls.LoginAsync("users-reset", UserCalls.Password)).StatusCode);
        var renewed = await calls.AsAsync("users-reset", "Reset!2026new");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/me")).StatusCode);

        var entry = (await AuditAsync(id)).Single(e => e.Action == "password-set");
        Assert.Equal("admin", entry.ActorName);
        Assert.Null(entry.After);
        Assert.DoesNotContain("Reset!2026new", entry.Before);
    }

    [Fact]
    public async Task Disable_EndsTheTokens_AndSignInIsRefusedLikeAWrongPassword_EnableGivesThemBack()
    {
        var calls = new UserCalls(fixture, "198.51.100.15");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await calls.AsAsync("admin");
        var id = (await UserCalls.CreatedAsync(admin, UserCalls.Officer("users-disabled", places.DemoTownshipId))).GetProperty("id").GetString()!;
        var token = (await AuthCalls.SignInAsync(fixture.ClientFrom("198.51.100.15"), "users-disabled")).AccessToken;

        Assert.Equal(HttpStatusCode.NoContent, (await UserCalls.ActAsync(admin, id, "disable")).StatusCode);

        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(token).GetAsync("/api/me")).StatusCode);
        var refused = await calls.LoginAsync("users-disabled", UserCalls.Password);
        var wrong = await new UserCalls(fixture, "198.51.100.16").LoginAsync("users-disabled", "Wrong!2026pw");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await AuthCalls.ProblemBodyAsync(wrong), await AuthCalls.ProblemBodyAsync(refused));

        Assert.Equal(HttpStatusCode.NoContent, (await UserCalls.ActAsync(admin, id, "enable")).StatusCode);

        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(token).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calls.LoginAsync("users-disabled", UserCalls.Password)).StatusCode);
        var actions = (await AuditAsync(id)).Select(e => e.Action).ToList();
        Assert.Equal(["created", "disabled", "enabled"], actions);
    }

    [Fact]
    public async Task Disable_OneSelf_Is403()
    {
        var calls = new UserCalls(fixture, "198.51.100.17");
        var admin = await calls.AsAsync("admin");
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString()!;

        await ProblemAssert.IsProblemAsync(await UserCalls.ActAsync(admin, me, "disable"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Update_OfOnesOwnRoles_Is403_ButOfOnesOwnName_Is200()
    {
        var calls = new UserCalls(fixture, "198.51.100.19");
        var admin = await calls.AsAsync("admin");
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString()!;

        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/users/{me}", new { displayName = "管理员", roles = new[] { "designer" } }), HttpStatusCode.Forbidden);
        // The same region back: a change of region would end the admin's own sessions.
        var regionId = (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{me}")).GetProperty("regionId").GetString();
        var renamed = await admin.PutAsJsonAsync($"/api/users/{me}", new { displayName = "系统管理员", roles = new[] { "admin" }, regionId });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Update_ReplacesTheAccount_AndANewRoleOrRegionEndsItsSessions()
    {
        var calls = new UserCalls(fixture, "198.51.100.18");
        var places = await UserPlaces.LoadAsync(fixture.ConnectionString);
        var admin = await calls.AsAsync("admin");
        var id = (await UserCalls.CreatedAsync(admin, UserCalls.Officer("users-update", places.DemoTownshipId))).GetProperty("id").GetString()!;
        var token = (await AuthCalls.SignInAsync(fixture.ClientFrom("198.51.100.18"), "users-update")).AccessToken;

        var renamed = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", roles = new[] { "township-officer" }, regionId = places.DemoTownshipId, email = "u@example.org" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("改名", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(token).GetAsync("/api/me")).StatusCode);

        var moved = await admin.PutAsJsonAsync($"/api/users/{id}", new { userName = "users-update", displayName = "改名", roles = new[] { "county-supervisor" }, regionId = places.DemoCountyId });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(token).GetAsync("/api/me")).StatusCode);
        var me = await (await calls.AsAsync("users-update")).GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["county-supervisor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        await ProblemAssert.HasFieldErrorAsync(await admin.PutAsJsonAsync($"/api/users/{id}", new { userName = "users-renamed", displayName = "x", roles = new[] { "admin" } }), "userName");
        Assert.Equal(["created", "updated", "updated"], (await AuditAsync(id)).Select(e => e.Action));
    }

    private async Task<List<(string Action, string ActorName, string? Before, string? After)>> AuditAsync(string userId)
    {
        await using var db = TestDatabases.OpenContext(fixture.ConnectionString);
        var rows = await db.AuditLog.Where(a => a.EntityType == "User" && a.EntityId == userId).OrderBy(a => a.Id).ToListAsync();
        return rows.Select(a => (a.Action, a.ActorName, a.Before?.RootElement.GetRawText(), a.After?.RootElement.GetRawText())).ToList();
    }
}
