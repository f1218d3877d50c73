using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>A database of its own on the server <c>./gridflow bench</c> started, dropped again at the end.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private BenchDatabase(string server, string name, string connectionString)
    {
        this.server = server;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Connection string of the maintenance database, exported by <c>./gridflow bench</c>.</summary>
    public static string ServerFromEnvironment() =>
        Environment.GetEnvironmentVariable("GRIDFLOW_BENCH_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "GRIDFLOW_BENCH_PG is not set. Run benchmarks with ./gridflow bench <name>, which starts a PostgreSQL cluster for them.");

    public static async Task<BenchDatabase> CreateAsync(string server, string prefix)
    {
        var name = $"{prefix}_{DateTime.UtcNow:yyyyMMdd_HHmmss}_{Environment.ProcessId}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = Sql.Command(connection, null, $"CREATE DATABASE \"{name}\"");
            await command.ExecuteNonQueryAsync();
        }

        // The pool size is the server's (Npgsql's default, 100, unless GRIDFLOW_BENCH_PG says otherwise), as in production.
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new BenchDatabase(server, name, connectionString);
    }

    /// <summary>
    /// Drops the database, so running against a long-lived server (GRIDFLOW_BENCH_PG set by hand)
    /// leaves nothing behind. Pooled connections would block the drop, hence the pool clear and FORCE.
    /// With GRIDFLOW_BENCH_KEEP_DATABASE=1 it is kept, to EXPLAIN the benchmark's queries on its data afterwards.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("GRIDFLOW_BENCH_KEEP_DATABASE") == "1")
        {
            Console.WriteLine($"kept database {name} (GRIDFLOW_BENCH_KEEP_DATABASE=1); drop it when done");
            return;
        }

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await command.ExecuteNonQueryAsync();
    }
}
