using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>Creates the <see cref="RawJsonConverter{T}"/> for each <see cref="RawJson{T}"/>.</summary>
public sealed class RawJsonConverterFactory : JsonConverterFactory
{
    public static bool IsRawJson(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(RawJson<>);

    public override bool CanConvert(Type typeToConvert) => IsRawJson(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(RawJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}
