using Npgsql;

namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>
/// A node must serve more concurrent requests than its pool has connections. A completion holds its transaction's
/// connection while the engine needs the definition, the calendar and the grid index; on a cold node those are read
/// from the database, and if that read waited for the same pool, a burst of completions would hold every connection
/// while each waited for one more, and the node would stall until the pool timeout.
/// </summary>
public sealed class SmallPoolTests
{
    [Fact]
    public async Task ParallelCompletions_OnAColdNodeWithATinyPool_AllSucceed()
    {
        var database = await TestDatabases.CreateDemoAsync();
        var accepts = new List<string>();
        await using (var warm = new GridFlowApp(database))
        {
            warm.StartServer();
            var flow = new Lifecycle(warm);
            for (var i = 0; i < 8; i++)
            {
                var issue = (await flow.ReportAsync()).GetProperty("id").GetString()!;
                accepts.Add((await flow.TaskAsync("township-officer", issue, "accept")).GetProperty("id").GetString()!);
            }
        }

        // A fresh node (empty caches) with two connections and eight completions at once.
        var tiny = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 2, Timeout = 5 }.ConnectionString;
        await using var cold = new GridFlowApp(tiny, new() { ["Scheduling:Role"] = "api" });
        cold.StartServer();
        var officer = await cold.ClientForAsync("township-officer");

        var responses = await Task.WhenAll(accepts.Select(id => officer.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "dispatch" })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
    }
}
