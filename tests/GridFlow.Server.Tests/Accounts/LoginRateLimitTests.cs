namespace GridFlow.Server.Tests.Accounts;

public sealed class LoginRateLimitTests(LoginRateLimitTests.Fixture fixture) : IClassFixture<LoginRateLimitTests.Fixture>
{
    public sealed class Fixture : DemoAppFixture
    {
        protected override Dictionary<string, string?> Settings => new() { ["Accounts:LoginPermitLimit"] = "3", ["Accounts:LoginWindowSeconds"] = "3600" };
    }

    [Fact]
    public async Task Login_BeyondThePermitLimit_Is429ProblemDetails()
    {
        var client = fixture.App.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "x" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "GridFlow!2026" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
    }
}
