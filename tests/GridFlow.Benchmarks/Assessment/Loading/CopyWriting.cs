using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>Nullable columns in a binary COPY: the value, or NULL.</summary>
public static class CopyWriting
{
    public static Task WriteOrNullAsync<T>(this NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct =>
        value is { } present ? writer.WriteAsync(present, type) : writer.WriteNullAsync();

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type) =>
        value is not null ? writer.WriteAsync(value, type) : writer.WriteNullAsync();
}
