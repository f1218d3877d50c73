using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Server.Tests.Workflows.Runtime.Tasks;

/// <summary>
/// A node with one pooled connection, so every request reuses the connection the one before it left behind: a
/// connection returned mid-transaction or mid-protocol, or a request that waits for a second connection while
/// holding the first, shows at once instead of once in a few thousand requests.
/// </summary>
public sealed class PooledConnectionTests : IAsyncLifetime
{
    private GridFlowApp app = null!;

    public async Task InitializeAsync()
    {
        var tiny = new NpgsqlConnectionStringBuilder(await TestDatabases.CreateDemoAsync()) { MaxPoolSize = 1, Timeout = 5 }.ConnectionString;
        app = new GridFlowApp(tiny, new() { ["Scheduling:Role"] = "api" });
        app.StartServer();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AnInboxPagePastTheEnd_CountsOnTheConnectionItHolds()
    {
        // Past the end, the total is counted apart; it used to wait for a second connection while holding the first,
        // so with one connection the request failed after the pool timeout (500 after 5 s).
        var response = await (await app.ClientForAsync("inspector")).GetAsync("/api/tasks?assignedTo=me&page=10000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(10000, page.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task AFailingStatementInsideABatch_LeavesThePooledConnectionCleanForTheNextRequest()
    {
        var database = app.GetService<NpgsqlDataSource>();
        var admin = await app.ClientForAsync("admin");
        for (var round = 0; round < 3; round++)
        {
            // The engine's shape: a transaction Npgsql knows of, a batch that carries its own COMMIT, a statement in
            // the middle that fails (here a division by zero), so PostgreSQL skips the rest and the COMMIT never runs.
            await using (var connection = await database.OpenConnectionAsync())
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var batch = new NpgsqlBatch(connection, transaction);
                Sql.Add(batch, "SET LOCAL plan_cache_mode = force_generic_plan");
                Sql.Add(batch, "SELECT 1 / ($1 - $1)", round);
                Sql.AddCommit(batch);
                var failure = await Assert.ThrowsAsync<PostgresException>(async () => await batch.ExecuteReaderAsync());
                Assert.Equal(PostgresErrorCodes.DivisionByZero, failure.SqlState);
            }

            // The next request gets that same connection (there is no other) and must find it idle, not in a failed
            // transaction and not with the skipped statements' messages still to read.
            var put = await admin.PutAsJsonAsync($"/api/calendar/non-working-days/203{round}-01-02", new { reason = "pool check" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            await using var check = await database.OpenConnectionAsync();
            await using var status = Sql.Command(check, null, "SELECT count(*) FROM local_calendar_days WHERE reason = 'pool check'");
            Assert.Equal(round + 1L, (long)(await status.ExecuteScalarAsync())!);
        }
    }

    [Fact]
    public async Task AnInboxCancelledMidRead_LeavesThePooledConnectionCleanForTheNextRequest()
    {
        var inspector = await app.ClientForAsync("inspector");
        var admin = await app.ClientForAsync("admin");
        for (var round = 0; round < 10; round++)
        {
            // The client gives up after a few milliseconds, at a different point of the request each round.
            using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(round)))
            {
                try
                {
                    await inspector.GetAsync("/api/tasks?assignedTo=me&pageSize=500", impatient.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }

            var put = await admin.PutAsJsonAsync($"/api/calendar/non-working-days/204{round}-01-02", new { reason = "after a cancel" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/api/tasks?assignedTo=me")).StatusCode);
        }
    }
}
