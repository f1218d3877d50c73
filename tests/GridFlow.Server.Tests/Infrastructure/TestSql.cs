using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Direct reads of the test database, and waiting for the sweeper to make something true.</summary>
public sealed class TestSql(string connectionString)
{
    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql, values);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)result;
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql, values);
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Sql.Command(connection, null, sql, values);
        return await command.ExecuteNonQueryAsync();
    }

    public Task<long> CountAsync(string sql, params object[] values) => ScalarAsync<long>(sql, values);

    /// <summary>Polls until the count reaches <paramref name="expected"/> (the sweeper works in real time), then returns it.</summary>
    public async Task<long> WaitForCountAsync(long expected, string sql, params object[] values)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long count;
        while ((count = await CountAsync(sql, values)) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return count;
    }
}
