using System.Net.Http.Headers;

namespace GridFlow.Server.Tests.Accounts;

public sealed class AuthApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Login_WithDemoPassword_ReturnsBearerTokensThatOpenMe()
    {
        var client = app.CreateClient();

        var token = await GridFlowApp.LoginAsync(client, "inspector", "GridFlow!2026");

        Assert.Equal("Bearer", token.TokenType);
        Assert.True(token.ExpiresIn > 0);
        Assert.False(string.IsNullOrEmpty(token.RefreshToken));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("inspector", me.GetProperty("userName").GetString());
        Assert.Equal(["inspector"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Single(me.GetProperty("gridIds").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("regionId").GetString()));
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401ProblemDetails()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "designer", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_WithUnknownUser_Is401()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "GridFlow!2026" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>
    /// Five failures no longer lock the account (anyone could lock anyone out): they make this address wait, for this
    /// user name, even with the right password. Other addresses are in SignIn/SignInThrottleTests.
    /// </summary>
    [Fact]
    public async Task Login_AfterFiveFailures_TheSameAddressWaitsEvenForTheRightPassword()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/auth/login", new { userName = "city-supervisor", password = $"wrong-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "city-supervisor", password = "GridFlow!2026" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Refresh_WithRefreshToken_ReturnsNewWorkingAccessToken()
    {
        var client = app.CreateClient();
        var first = await GridFlowApp.LoginAsync(client, "admin", "GridFlow!2026");

        var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken });

        response.EnsureSuccessStatusCode();
        var second = (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Refresh_WithAccessTokenOrGarbage_Is401()
    {
        var client = app.CreateClient();
        var token = await GridFlowApp.LoginAsync(client, "designer", "GridFlow!2026");

        var withAccessToken = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.AccessToken });
        var withGarbage = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });

        Assert.Equal(HttpStatusCode.Unauthorized, withAccessToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withGarbage.StatusCode);
    }

    [Fact]
    public async Task Api_WithoutToken_Is401_AndWithForgedToken_Is401()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/regions")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Login_MissingPassword_Is400NamingTheField()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }
}
