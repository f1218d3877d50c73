using GridFlow.Data;
using GridFlow.Data.Extensions;
using GridFlow.Data.Statements;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// Databases on the throwaway PostgreSQL cluster that <c>./gridflow test</c> starts. A template with
/// the schema and the demo data is built once per test run; each test class then gets its own copy
/// (<c>CREATE DATABASE ... TEMPLATE</c> takes a fraction of a second), so classes run in parallel
/// without seeing each other's changes.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";
    private static string? demoTemplate;

    /// <summary>Connection string of the cluster's maintenance database, from <c>GRIDFLOW_TEST_PG</c>.</summary>
    public static string Server { get; } = Environment.GetEnvironmentVariable("GRIDFLOW_TEST_PG")
        ?? throw new InvalidOperationException("GRIDFLOW_TEST_PG is not set. Run the tests with ./gridflow test, which starts a PostgreSQL cluster for them.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    /// <summary>A new, empty database (no schema).</summary>
    public static async Task<string> CreateEmptyAsync(string prefix = "gf_empty")
    {
        var name = Truncate($"{prefix}_{RunId}_{Guid.NewGuid():N}");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>A new database holding the schema and the demo data of 聊城市.</summary>
    public static async Task<string> CreateDemoAsync()
    {
        var template = await GetDemoTemplateAsync();
        var name = Truncate($"gf_{RunId}_{Guid.NewGuid():N}");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>PostgreSQL names are at most 63 bytes.</summary>
    private static string Truncate(string name) => name[..Math.Min(63, name.Length)];

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql);
        await command.ExecuteNonQueryAsync();
    }

    public static GridFlowDbContext OpenContext(string connectionString) =>
        new(new DbContextOptionsBuilder<GridFlowDbContext>().UseGridFlowNpgsql(connectionString).Options);

    private static async Task<string> GetDemoTemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (demoTemplate is not null)
            {
                return demoTemplate;
            }

            var connectionString = await CreateEmptyAsync("gf_template");
            // The real startup path builds the template: migrations, then the demo seeder.
            await using (var app = new GridFlowApp(connectionString, new() { ["Seed:Demo"] = "true", ["Database:MigrateOnStartup"] = "true" }))
            {
                app.StartServer();
            }

            // A template must have no open connections when it is copied.
            NpgsqlConnection.ClearAllPools();
            demoTemplate = new NpgsqlConnectionStringBuilder(connectionString).Database!;
            return demoTemplate;
        }
        finally
        {
            TemplateGate.Release();
        }
    }
}
