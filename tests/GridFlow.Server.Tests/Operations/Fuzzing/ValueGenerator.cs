using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// Valid values for the document's schemas: a value the server answered with under the same name when there is one
/// (<see cref="SeenValues"/>), else one made to fit the schema (its type, format, enum, length and range).
/// Deterministic for a given <see cref="Random"/>: GUIDs and times are drawn from it too.
/// </summary>
public sealed class ValueGenerator(Random random, SeenValues seen, ApiOperation operation, string role)
{
    private const int MaxDepth = 5;
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-网格巡查扬尘整改";

    public Random Random => random;

    /// <summary>A value seen under the key, or null.</summary>
    public JsonNode? Seen(string key) => seen.Pick(random, role, [key]);

    /// <summary>A value for a field: a seen one of the given keys (four times in five), or a made one.</summary>
    public JsonNode? For(IOpenApiSchema? schema, IReadOnlyList<string> keys, int depth = 0)
    {
        if (keys.Count > 0 && random.NextDouble() < 0.8 && seen.Pick(random, role, keys) is { } real && Fits(schema, real))
        {
            return real;
        }

        return Make(schema, depth, keys.Count > 0 ? keys[^1] : null);
    }

    /// <summary>A value made to fit the schema (and, for a text, its field's name: an email, a phone number).</summary>
    public JsonNode? Make(IOpenApiSchema? schema, int depth = 0, string? name = null)
    {
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }

        // oneOf: [null, $ref] is how a nullable object is written; a valid value is most often the object.
        var choices = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Where(s => s.Type != JsonSchemaType.Null).ToList();
        if (choices.Count > 0)
        {
            return Make(choices[random.Next(choices.Count)], depth, name);
        }

        if (schema.AllOf is { Count: > 0 } all)
        {
            return Make(all[0], depth);
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : schema.Items is not null ? JsonSchemaType.Array : 0);
        return type switch
        {
            _ when type.HasFlag(JsonSchemaType.Object) => MakeObject(schema, depth),
            _ when type.HasFlag(JsonSchemaType.Array) => MakeArray(schema, depth),
            _ when type.HasFlag(JsonSchemaType.Boolean) => random.Next(2) == 0,
            _ when type.HasFlag(JsonSchemaType.Integer) => MakeInteger(schema),
            _ when type.HasFlag(JsonSchemaType.Number) => MakeNumber(schema),
            _ when type.HasFlag(JsonSchemaType.String) => MakeString(schema, name),
            JsonSchemaType.Null => null,
            // No type at all (a JsonNode body): any JSON; an object is what such bodies usually are.
            _ => new JsonObject { ["name"] = Word(1, 12) },
        };
    }

    public Guid MakeGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public string Word(int minLength, int maxLength)
    {
        var length = random.Next(minLength, Math.Max(minLength, maxLength) + 1);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)]));
    }

    private JsonObject MakeObject(IOpenApiSchema schema, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema.Required?.Contains(name) == true || random.Next(2) == 0)
            {
                result[name] = For(property, SeenValues.KeysFor(operation, name), depth + 1);
            }
        }

        if (schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is { } values)
        {
            for (var i = random.Next(3); i > 0; i--)
            {
                result[Word(3, 8)] = Make(values, depth + 1);
            }
        }

        return result;
    }

    private JsonArray MakeArray(IOpenApiSchema schema, int depth)
    {
        var count = random.Next(schema.MinItems ?? 0, Math.Max(schema.MinItems ?? 0, Math.Min(schema.MaxItems ?? 3, 3)) + 1);
        return new JsonArray(Enumerable.Range(0, count).Select(_ => Make(schema.Items, depth + 1)).ToArray());
    }

    private JsonNode MakeInteger(IOpenApiSchema schema)
    {
        var min = Bound(schema.Minimum) ?? 0;
        var max = Bound(schema.Maximum) ?? min + 50;
        return (long)Math.Clamp(min + (long)(random.NextDouble() * (double)Math.Min(max - min, 1000)), min, max);
    }

    private JsonNode MakeNumber(IOpenApiSchema schema)
    {
        var min = (double)(Bound(schema.Minimum) ?? 0);
        var max = (double)(Bound(schema.Maximum) ?? (decimal)min + 100);
        return Math.Round(min + random.NextDouble() * (max - min), 4);
    }

    private JsonNode MakeString(IOpenApiSchema schema, string? name)
    {
        var now = DateTimeOffset.UtcNow;
        return schema.Format switch
        {
            null or "" when name?.Contains("email", StringComparison.OrdinalIgnoreCase) == true => $"fuzz{random.Next(100000)}@example.com",
            null or "" when name?.Contains("phone", StringComparison.OrdinalIgnoreCase) == true => $"13{random.Next(100_000_000, 999_999_999)}",
            "uuid" => MakeGuid().ToString(),
            "date-time" => now.AddMinutes(-random.Next(1, 60 * 24 * 30)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "date" => DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-30, 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "email" => $"fuzz{random.Next(100000)}@example.com",
            _ => Word(Math.Max(schema.MinLength ?? 1, 1), Math.Min(schema.MaxLength ?? 16, 16)),
        };
    }

    private static decimal? Bound(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) ? bound : null;

    /// <summary>Whether a seen value has a JSON kind the schema allows (a seen id is no use where a number is wanted).</summary>
    private static bool Fits(IOpenApiSchema? schema, JsonNode value)
    {
        if (schema?.Type is not { } type)
        {
            return true;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
            JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer),
            JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
            JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
            JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
            _ => true,
        };
    }
}
