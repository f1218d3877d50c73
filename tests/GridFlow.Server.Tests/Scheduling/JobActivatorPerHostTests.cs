using GridFlow.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Scheduling;

/// <summary>
/// Hangfire keeps one static job activator that every host's configuration overwrites. Hosts living side by side in one
/// process (as the tests' hosts do) each build their jobs from their own services: otherwise one host's workers would
/// carry out its jobs against the database of whichever host was configured last, and its assessment runs would never
/// leave "queued" (seen in CI).
/// </summary>
public sealed class JobActivatorPerHostTests
{
    [Fact]
    public async Task Each_host_builds_its_jobs_from_its_own_services_after_another_host_configured_Hangfire()
    {
        // An API node builds no server at start, so its activator is first asked for after the second host is up.
        await using var first = new GridFlowApp(await TestDatabases.CreateDemoAsync(), new() { ["Scheduling:Role"] = "api" });
        first.StartServer();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await first.CreateClient().GetAsync("/health/ready")).StatusCode);
        await using var second = new GridFlowApp(await TestDatabases.CreateDemoAsync());
        second.StartServer();

        Assert.Equal(Database(first.ConnectionString), DatabaseOfJobs(first));
        Assert.Equal(Database(second.ConnectionString), DatabaseOfJobs(second));
    }

    private static string DatabaseOfJobs(GridFlowApp app)
    {
        using var scope = app.Services.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);
        var db = (GridFlowDbContext)scope.Resolve(typeof(GridFlowDbContext));
        return db.Database.GetDbConnection().Database;
    }

    private static string Database(string connectionString) => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
}
