using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>Writes a <see cref="RawJson{T}"/>'s text as it is, and reads any JSON value back into one.</summary>
public sealed class RawJsonConverter<T> : JsonConverter<RawJson<T>>
{
    public override RawJson<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson<T>(document.RootElement.GetRawText());
    }

    /// <summary>
    /// Validated: the text is written into the middle of a response, so a malformed value must fail here, not corrupt
    /// the document. It costs a scan of the text, far less than parsing it into objects.
    /// </summary>
    public override void Write(Utf8JsonWriter writer, RawJson<T> value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Text, skipInputValidation: false);
}
