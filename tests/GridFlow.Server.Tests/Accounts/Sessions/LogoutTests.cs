using GridFlow.Server.Tests.Accounts.Support;

namespace GridFlow.Server.Tests.Accounts.Sessions;

/// <summary><c>POST /api/auth/logout</c> ends the session: its refresh token and the access tokens issued in it stop working.</summary>
[Collection(AccountsCollection.Name)]
public sealed class LogoutTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Logout_EndsTheSession_ItsRefreshAndAccessTokensAre401()
    {
        await fixture.CreateAccountAsync("logout-a");
        var first = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.40"), "logout-a");
        var refreshed = await AuthCalls.RefreshedAsync(fixture.ClientFrom("192.0.2.40"), first.RefreshToken);
        var client = fixture.ClientWith(refreshed.AccessToken);

        var response = await client.PostAsJsonAsync("/api/auth/logout", new { refreshToken = refreshed.RefreshToken });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(first.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.40"), refreshed.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Logout_LeavesTheUsersOtherSessionsSignedIn()
    {
        await fixture.CreateAccountAsync("logout-b");
        var phone = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.41"), "logout-b");
        var desk = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.42"), "logout-b");

        await fixture.ClientWith(phone.AccessToken).PostAsJsonAsync("/api/auth/logout", new { refreshToken = phone.RefreshToken });

        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(desk.AccessToken).GetAsync("/api/me")).StatusCode);
        await AuthCalls.RefreshedAsync(fixture.ClientFrom("192.0.2.42"), desk.RefreshToken);
    }

    [Fact]
    public async Task Logout_WithSomeoneElsesRefreshToken_EndsOnlyTheCallersSession()
    {
        await fixture.CreateAccountAsync("logout-c");
        await fixture.CreateAccountAsync("logout-d");
        var caller = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.43"), "logout-c");
        var victim = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.44"), "logout-d");

        var response = await fixture.ClientWith(caller.AccessToken).PostAsJsonAsync("/api/auth/logout", new { refreshToken = victim.RefreshToken });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(caller.AccessToken).GetAsync("/api/me")).StatusCode);
        await AuthCalls.RefreshedAsync(fixture.ClientFrom("192.0.2.44"), victim.RefreshToken);
    }

    [Fact]
    public async Task Logout_WithoutRefreshToken_Is400NamingTheField()
    {
        await fixture.CreateAccountAsync("logout-e");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.45"), "logout-e");

        var response = await fixture.ClientWith(tokens.AccessToken).PostAsJsonAsync("/api/auth/logout", new { refreshToken = "" });

        await ProblemAssert.HasFieldErrorAsync(response, "refreshToken");
    }

    [Fact]
    public async Task Logout_WithoutAccessToken_Is401()
    {
        await fixture.CreateAccountAsync("logout-f");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.46"), "logout-f");

        var response = await fixture.ClientFrom("192.0.2.46").PostAsJsonAsync("/api/auth/logout", new { refreshToken = tokens.RefreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AuthCalls.RefreshedAsync(fixture.ClientFrom("192.0.2.46"), tokens.RefreshToken);
    }
}
