using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace GridFlow.ServiceDefaults.Json;

/// <summary>
/// Lets a module pass <c>jsonb</c> lists through to responses: the named <c>IReadOnlyList&lt;T&gt;</c> properties of a
/// contract type get <see cref="RawJsonListConverter{T}"/>, so a <see cref="RawJsonList{T}"/> in them is written as
/// stored. Only those properties: every other list is written as usual, and the contract types stay plain records.
/// </summary>
public static class RawJsonPassThrough
{
    public static IServiceCollection AddRawJsonPassThrough<TContract>(this IServiceCollection services, params string[] properties) =>
        services.Configure<JsonOptions>(options =>
        {
            var resolver = options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
            options.SerializerOptions.TypeInfoResolver = resolver.WithAddedModifier(type =>
            {
                if (type.Type != typeof(TContract))
                {
                    return;
                }

                foreach (var property in type.Properties)
                {
                    if (property.AttributeProvider is MemberInfo member && properties.Contains(member.Name, StringComparer.Ordinal) && IsList(property.PropertyType))
                    {
                        property.CustomConverter = (System.Text.Json.Serialization.JsonConverter)Activator.CreateInstance(
                            typeof(RawJsonListConverter<>).MakeGenericType(property.PropertyType.GetGenericArguments()[0]))!;
                    }
                }
            });
        });

    /// <summary>True for the converter's own type, which the OpenAPI schema must describe as the list it is.</summary>
    public static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
}
