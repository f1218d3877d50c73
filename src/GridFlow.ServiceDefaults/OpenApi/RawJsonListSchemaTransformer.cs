using GridFlow.ServiceDefaults.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GridFlow.ServiceDefaults.OpenApi;

/// <summary>
/// Documents a list property that passes <c>jsonb</c> through (<see cref="RawJsonPassThrough"/>) as the list of items
/// it is: its converter makes it opaque to the schema generator, which would otherwise describe it as any value.
/// </summary>
public sealed class RawJsonListSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not { CustomConverter: { } converter } property
            || !converter.GetType().IsGenericType
            || converter.GetType().GetGenericTypeDefinition() != typeof(RawJsonListConverter<>))
        {
            return;
        }

        var item = property.PropertyType.GetGenericArguments()[0];
        var shape = await context.GetOrCreateSchemaAsync(typeof(List<>).MakeGenericType(item), cancellationToken: cancellationToken);
        schema.Type = shape.Type;
        schema.Items = shape.Items;
    }
}
