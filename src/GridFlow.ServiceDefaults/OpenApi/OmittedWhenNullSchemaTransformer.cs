using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GridFlow.ServiceDefaults.OpenApi;

/// <summary>
/// A property that is left out of the JSON when it has no value (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>, a
/// task form field's <c>min</c> and <c>choices</c>) is not required: the schema generator marks every constructor
/// parameter required, which would make a response without the property look wrong.
/// </summary>
public sealed class OmittedWhenNullSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var ignore = (property.AttributeProvider as MemberInfo)?.GetCustomAttribute<JsonIgnoreAttribute>();
            if (ignore?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
