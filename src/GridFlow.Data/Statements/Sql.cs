using NpgsqlTypes;

namespace GridFlow.Data.Statements;

/// <summary>
/// The one helper for GridFlow's hand-written SQL (see docs/adr/0004-hand-written-sql.md for where it is allowed):
/// statements with positional parameters (<c>$1, $2 …</c>), alone or in an <see cref="NpgsqlBatch"/>. Values become
/// parameters in order; a value that may be null must be passed typed (<see cref="Text"/>, <see cref="Uuid"/>,
/// <see cref="Timestamp"/>, <see cref="Integer"/>), so a statement's parameter types never depend on the values and
/// Npgsql keeps it prepared.
/// </summary>
public static class Sql
{
    /// <summary>Adds a statement to <paramref name="batch"/>.</summary>
    /// <remarks>An array value must be cast to <c>object</c> when it is the only one, or it is taken as the value list.</remarks>
    public static void Add(NpgsqlBatch batch, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        Bind(command.Parameters, values);
        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Ends the batch's transaction with the batch itself: one round trip less than committing after it. If a statement
    /// before it fails, PostgreSQL skips the rest of the batch, so nothing commits and the transaction rolls back when
    /// it is disposed; after a COMMIT sent this way Npgsql sees the transaction end and disposes it without a rollback.
    /// </summary>
    public static void AddCommit(NpgsqlBatch batch) => batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));

    /// <summary>A command on <paramref name="connection"/> (in <paramref name="transaction"/>, if any).</summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        Bind(command.Parameters, values);
        return command;
    }

    /// <summary>A command of its own on a pooled connection of <paramref name="database"/>.</summary>
    public static NpgsqlCommand Command(NpgsqlDataSource database, string sql, params object?[] values)
    {
        var command = database.CreateCommand(sql);
        Bind(command.Parameters, values);
        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken, string sql, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static NpgsqlParameter Text(string? value) => Typed(value, NpgsqlDbType.Text);

    public static NpgsqlParameter Uuid(Guid? value) => Typed(value, NpgsqlDbType.Uuid);

    public static NpgsqlParameter Timestamp(DateTimeOffset? value) => Typed(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    public static NpgsqlParameter Integer(int? value) => Typed(value, NpgsqlDbType.Integer);

    /// <summary>Truncates text to a column's length.</summary>
    public static string Fit(string text, int length) => text.Length <= length ? text : text[..length];

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static void Bind(NpgsqlParameterCollection parameters, object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
