using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>Writes a <see cref="RawJson{T}"/>'s bytes as they are, and reads any JSON value back into one.</summary>
public sealed class RawJsonConverter<T> : JsonConverter<RawJson<T>>
{
    public override RawJson<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson<T>(JsonSerializer.SerializeToUtf8Bytes(document.RootElement));
    }

    /// <summary>Not validated again: <see cref="RawJson{T}"/> holds only values that were valid JSON where they came from.</summary>
    public override void Write(Utf8JsonWriter writer, RawJson<T> value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}
