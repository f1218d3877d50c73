using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>Writes a <see cref="RawJsonList{T}"/>'s bytes as they are, and any other list item by item.</summary>
public sealed class RawJsonListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<T>>(ref reader, options);

    /// <summary>Not validated again: a <see cref="RawJsonList{T}"/> holds only arrays that were valid JSON where they came from.</summary>
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value is RawJsonList<T> raw)
        {
            writer.WriteRawValue(raw.Utf8.Span, skipInputValidation: true);
            return;
        }

        JsonSerializer.Serialize(writer, (IEnumerable<T>)value, options);
    }
}
