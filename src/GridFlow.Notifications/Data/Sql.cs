using Npgsql;

namespace GridFlow.Notifications.Data;

/// <summary>Positional-parameter commands (<c>$1, $2 ...</c>) for the hand-written delivery statements.</summary>
internal static class Sql
{
    /// <remarks>An array value must be cast to <c>object</c> when it is the only one, or it is taken as the parameter list.</remarks>
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken, string sql, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Truncates text to a column's length.</summary>
    public static string Fit(string text, int length) => text.Length <= length ? text : text[..length];
}
