using GridFlow.ServiceDefaults.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GridFlow.ServiceDefaults.OpenApi;

/// <summary>
/// Documents a <see cref="RawJson{T}"/> as the <c>T</c> it holds: its converter makes it opaque to the schema
/// generator, which would otherwise describe it as any value.
/// </summary>
public sealed class RawJsonSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!RawJsonConverterFactory.IsRawJson(type))
        {
            return;
        }

        var shape = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], cancellationToken: cancellationToken);
        schema.Type = shape.Type;
        schema.Items = shape.Items;
        schema.Properties = shape.Properties;
        schema.Required = shape.Required;
        // Not the wrapper's own doc comment: that describes the implementation, not the API.
        schema.Description = shape.Description;
    }

    /// <summary>Registers the transformer, and inlines the wrappers' schemas instead of naming a component after each.</summary>
    public static void Register(OpenApiOptions options)
    {
        options.AddSchemaTransformer<RawJsonSchemaTransformer>();
        options.CreateSchemaReferenceId = type => RawJsonConverterFactory.IsRawJson(type.Type) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
    }
}
