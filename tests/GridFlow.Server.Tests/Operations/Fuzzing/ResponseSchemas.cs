using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// The documented response bodies as JSON Schemas (JsonSchema.Net). An OpenAPI 3.1 schema is JSON Schema 2020-12, so
/// each is written out by Microsoft.OpenApi, the component schemas go beside it as <c>$defs</c>, and the references are
/// pointed there. Objects are closed (<c>additionalProperties: false</c> where the document names properties and says
/// nothing of others), so a field that a response has and the document lacks is found too.
/// </summary>
public sealed class ResponseSchemas
{
    private const int MaxErrorsShown = 5;
    private readonly JsonObject definitions;
    private readonly Dictionary<IOpenApiSchema, JsonSchema> built = new(ReferenceEqualityComparer.Instance);

    private ResponseSchemas(JsonObject definitions) => this.definitions = definitions;

    public static async Task<ResponseSchemas> CreateAsync(OpenApiDocument document)
    {
        var definitions = new JsonObject();
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            definitions[name] = await JsonSchemaOfAsync(schema);
        }

        return new ResponseSchemas(definitions);
    }

    /// <summary>Why the body does not match the schema (the first few errors, each with where), or null when it does.</summary>
    public async Task<string?> MismatchAsync(IOpenApiSchema schema, JsonElement body)
    {
        if (!built.TryGetValue(schema, out var jsonSchema))
        {
            var root = await JsonSchemaOfAsync(schema);
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = definitions.DeepClone();
            jsonSchema = JsonSchema.Build(JsonSerializer.SerializeToElement(root), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            built[schema] = jsonSchema;
        }

        var results = jsonSchema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }

        var errors = (results.Details ?? []).Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return string.Join("; ", errors.Take(MaxErrorsShown)) + (errors.Count > MaxErrorsShown ? $" (and {errors.Count - MaxErrorsShown} more)" : "");
    }

    private static async Task<JsonObject> JsonSchemaOfAsync(IOpenApiSchema schema)
    {
        var text = await schema.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        var node = JsonNode.Parse(text)!.AsObject();
        Adapt(node);
        return node;
    }

    private static void Adapt(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["$ref"] is JsonValue reference && reference.GetValue<string>() is var target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    schema["$ref"] = "#/$defs/" + target["#/components/schemas/".Length..];
                }

                if (schema["properties"] is JsonObject && !schema.ContainsKey("additionalProperties") && !schema.ContainsKey("unevaluatedProperties"))
                {
                    schema["additionalProperties"] = false;
                }

                foreach (var (_, child) in schema.ToList())
                {
                    Adapt(child);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Adapt(item);
                }

                break;
        }
    }
}
