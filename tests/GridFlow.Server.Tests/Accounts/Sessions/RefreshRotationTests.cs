using System.Security.Cryptography;
using System.Text;
using GridFlow.Server.Tests.Accounts.Support;

namespace GridFlow.Server.Tests.Accounts.Sessions;

/// <summary>Every refresh hands out a new refresh token; presenting one again revokes its whole session.</summary>
[Collection(AccountsCollection.Name)]
public sealed class RefreshRotationTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Refresh_ReturnsANewRefreshToken_ThatRefreshesAgain()
    {
        await fixture.CreateAccountAsync("rotate-a");
        var client = fixture.ClientFrom("192.0.2.30");
        var first = await AuthCalls.SignInAsync(client, "rotate-a");

        var second = await AuthCalls.RefreshedAsync(client, first.RefreshToken);
        var third = await AuthCalls.RefreshedAsync(client, second.RefreshToken);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(third.AccessToken).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Refresh_TheSameTokenTwice_IsRefused_AndRevokesTheWholeFamily()
    {
        await fixture.CreateAccountAsync("rotate-b");
        var client = fixture.ClientFrom("192.0.2.31");
        var first = await AuthCalls.SignInAsync(client, "rotate-b");
        var other = await AuthCalls.SignInAsync(client, "rotate-b");
        var second = await AuthCalls.RefreshedAsync(client, first.RefreshToken);

        var replayed = await AuthCalls.RefreshAsync(client, first.RefreshToken);

        await ProblemAssert.IsProblemAsync(replayed, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(client, second.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(second.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(first.AccessToken).GetAsync("/api/me")).StatusCode);
        // The user's other session is not the stolen one.
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientWith(other.AccessToken).GetAsync("/api/me")).StatusCode);
        await AuthCalls.RefreshedAsync(client, other.RefreshToken);
    }

    [Fact]
    public async Task Refresh_TheSameTokenConcurrently_SucceedsAtMostOnce_AndRevokesTheFamily()
    {
        await fixture.CreateAccountAsync("rotate-c");
        var client = fixture.ClientFrom("192.0.2.32");
        var first = await AuthCalls.SignInAsync(client, "rotate-c");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.32"), first.RefreshToken)));

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.True(winners.Count <= 1, $"{winners.Count} concurrent refreshes with one token succeeded");
        Assert.All(answers.Except(winners), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        foreach (var winner in winners)
        {
            var tokens = (await winner.Content.ReadFromJsonAsync<TokenResponse>())!;
            Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(client, tokens.RefreshToken)).StatusCode);
        }
    }

    [Fact]
    public async Task Refresh_TokensAreStoredAsTheirSha256Only()
    {
        await fixture.CreateAccountAsync("rotate-d");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.33"), "rotate-d");

        var rows = await new TestSql(fixture.ConnectionString).RowsAsync(
            """SELECT t.token_hash, t.expires_at - t.created_at FROM refresh_tokens t JOIN "AspNetUsers" u ON u.id = t.user_id WHERE u.user_name = $1""", "rotate-d");

        var row = Assert.Single(rows);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(tokens.RefreshToken)), (byte[])row[0]!);
        Assert.Equal(TimeSpan.FromDays(14), (TimeSpan)row[1]!);
    }

    [Fact]
    public async Task Refresh_AfterAPasswordChange_IsRefused_AndSoIsTheAccessToken()
    {
        await fixture.CreateAccountAsync("rotate-e");
        var client = fixture.ClientFrom("192.0.2.34");
        var tokens = await AuthCalls.SignInAsync(client, "rotate-e");

        await fixture.ChangeAccountAsync("rotate-e", (users, user) => users.ChangePasswordAsync(user, AccountsFixture.Password, "GridFlow!2027-new"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(tokens.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(client, tokens.RefreshToken)).StatusCode);
        await AuthCalls.SignInAsync(client, "rotate-e", "GridFlow!2027-new");
    }

    [Fact]
    public async Task Refresh_WithoutRefreshToken_Is400NamingTheField()
    {
        var response = await fixture.ClientFrom("192.0.2.35").PostAsJsonAsync("/api/auth/refresh", new { });

        await ProblemAssert.HasFieldErrorAsync(response, "refreshToken");
    }
}
