using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// Write-ahead log the cluster wrote during a phase. Unlike the rate or the CPU figures it does not move with the
/// machine's noise, so per operation it shows at once whether a change wrote less (rows, index entries, vacuum).
/// </summary>
public sealed class WalMeter
{
    private readonly string connectionString;
    private readonly long start;

    private WalMeter(string connectionString, long start) => (this.connectionString, this.start) = (connectionString, start);

    public static async Task<WalMeter> StartAsync(string connectionString) => new(connectionString, await PositionAsync(connectionString));

    public async Task<long> StopAsync() => await PositionAsync(connectionString) - start;

    private static async Task<long> PositionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
