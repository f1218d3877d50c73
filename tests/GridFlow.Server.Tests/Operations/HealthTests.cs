using Npgsql;

namespace GridFlow.Server.Tests.Operations;

/// <summary>Readiness follows the database: down when it refuses connections, up again when it is back.</summary>
public sealed class HealthTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Live_IsAlways200()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_FailsWhileTheDatabaseIsDown_AndRecovers()
    {
        var client = app.CreateClient();
        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;

        // "Down" for this database only: it refuses new connections and its sessions are ended.
        await TestDatabases.ExecuteAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false");
        await TestDatabases.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
        try
        {
            var down = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("Unhealthy", await down.Content.ReadAsStringAsync());

            // An API call meanwhile fails as a problem, without a stack trace.
            await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/regions"), HttpStatusCode.InternalServerError);
        }
        finally
        {
            await TestDatabases.ExecuteAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");
        }

        var recovered = await PollAsync(client, "/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/regions")).StatusCode);
    }

    private static async Task<HttpStatusCode> PollAsync(HttpClient client, string url, HttpStatusCode wanted, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        HttpStatusCode last;
        do
        {
            last = (await client.GetAsync(url)).StatusCode;
            if (last == wanted)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        return last;
    }
}
