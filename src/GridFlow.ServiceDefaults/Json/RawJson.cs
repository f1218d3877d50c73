using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>
/// A JSON value kept as the text it was read as (typically a <c>jsonb</c> column) and written into a response
/// unchanged. Lists answer many rows per request; parsing each row's document only to serialise it again cost a
/// fifth of the request. <typeparamref name="T"/> is the value's documented shape, which the OpenAPI document shows.
/// </summary>
[JsonConverter(typeof(RawJsonConverterFactory))]
public readonly record struct RawJson<T>(string Text)
{
    public override string ToString() => Text;
}
