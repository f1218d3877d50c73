using Hangfire.PostgreSql;
using Npgsql;

namespace GridFlow.Scheduling.Storage;

/// <summary>
/// Hangfire's connections, on a pool of their own that the host closes when it stops. Hangfire.PostgreSql's own factory
/// opens connections from Npgsql's process-wide pool for the connection string, which outlives the host: its idle
/// connections stayed open for Npgsql's idle lifetime (five minutes) after the host was gone, so a process that starts
/// and stops hosts (the test suite does, hundreds of times) ran the server out of connections. A pool of its own also
/// keeps the workers' polling from ever waiting behind the engine's requests for a connection.
/// </summary>
public sealed class HangfireConnections : IConnectionFactory, IAsyncDisposable
{
    private readonly NpgsqlDataSource source;

    public HangfireConnections(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "GridFlow background jobs" };
        source = NpgsqlDataSource.Create(connection.ConnectionString);
    }

    /// <summary>A closed connection; Hangfire opens it and disposes it after each operation.</summary>
    public NpgsqlConnection GetOrCreateConnection() => source.CreateConnection();

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
