namespace GridFlow.Server.Tests.Scheduling;

/// <summary>The Hangfire dashboard is for admins only and takes form posts only, and readiness includes Hangfire's storage.</summary>
public sealed class DashboardAndHealthTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Dashboard_Is401Anonymous_403ForNonAdmins_200ForAdmins()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("county-supervisor")).GetAsync("/hangfire")).StatusCode);
        var admin = await (await app.ClientForAsync("admin")).GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Hangfire", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DashboardPost_WithoutAForm_Is400_WithAFormIsServed()
    {
        var admin = await app.ClientForAsync("admin");

        var bare = await admin.PostAsync("/hangfire/stats", null);
        var json = await admin.PostAsJsonAsync("/hangfire/stats", new { metrics = "x" });
        var form = await admin.PostAsync("/hangfire/stats", new FormUrlEncodedContent([new("metrics[]", "servers:count")]));

        await ProblemAssert.IsProblemAsync(bare, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(json, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("servers:count", await form.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_IncludesHangfireStorage()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("hangfire").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CleanupJob_IsRegisteredAsARecurringJob()
    {
        var sql = new TestSql(app.ConnectionString);
        Assert.Equal(1, await sql.WaitForCountAsync(1, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = 'cleanup'"));
    }
}
