using System.Collections;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>
/// A JSON array kept as the UTF-8 it was read as (a <c>jsonb</c> column read as bytes), so a response can write it
/// unchanged (<see cref="RawJsonListConverter{T}"/>). Task lists answer many rows per request; parsing each row's
/// document only to serialise it again cost a fifth of the request, and holding it as a string cost a transcoding
/// each way. Code that reads the items (the web UI, in process) gets them parsed on first use.
/// </summary>
/// <param name="utf8">
/// One complete JSON array. It is written without being checked, so it must come from something that only produces
/// valid JSON: PostgreSQL's <c>jsonb</c> output.
/// </param>
public sealed class RawJsonList<T>(ReadOnlyMemory<byte> utf8) : IReadOnlyList<T>
{
    private IReadOnlyList<T>? items;

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    private IReadOnlyList<T> Items => items ??= JsonSerializer.Deserialize<List<T>>(Utf8.Span, JsonSerializerOptions.Web) ?? [];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
