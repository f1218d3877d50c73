using System.Text;
using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>
/// A JSON value kept as the UTF-8 it was read as (a <c>jsonb</c> column read as bytes) and written into a response
/// unchanged. Lists answer many rows per request; parsing each row's document only to serialise it again cost a
/// fifth of the request, and holding it as a string cost a transcoding each way. <typeparamref name="T"/> is the
/// value's documented shape, which the OpenAPI document shows.
/// </summary>
/// <param name="Utf8">
/// One complete JSON value. It is written without being checked, so it must come from something that only produces
/// valid JSON: PostgreSQL's <c>jsonb</c> output, or <see cref="RawJsonConverter{T}"/> reading a parsed document.
/// </param>
[JsonConverter(typeof(RawJsonConverterFactory))]
public readonly record struct RawJson<T>(ReadOnlyMemory<byte> Utf8)
{
    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
