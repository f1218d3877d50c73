using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace GridFlow.ServiceDefaults.Validation;

/// <summary>
/// Checks every request before its handler runs, and answers 400 with <c>errors</c> keyed by the JSON field name: no
/// bound value may hold a NUL character (<see cref="NulCharacters"/>), and every request object that carries data
/// annotations must satisfy them. (.NET 10's generated validation only sees types in the project that calls
/// AddValidation; GridFlow's endpoints live in module libraries.)
/// </summary>
public sealed class DataAnnotationsValidationFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, bool> Validatable = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Dictionary<string, string[]>? errors = null;
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (NulCharacters.Find(context.Arguments[i], ArgumentName(context, i)) is { } field)
            {
                errors ??= [];
                errors[field.Length == 0 ? "body" : field] = ["must not contain the NUL character (\\u0000)."];
            }
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: "A text value holds a NUL character.");
        }

        foreach (var argument in context.Arguments)
        {
            if (argument is null || !Validatable.GetOrAdd(argument.GetType(), HasAnnotations))
            {
                continue;
            }

            errors = Validate(argument, "", errors);
        }

        return errors is null ? await next(context) : TypedResults.ValidationProblem(errors);
    }

    /// <summary>
    /// Validates <paramref name="target"/> and the items of its lists of annotated objects (a patrol's points), one level
    /// down, each error under its JSON path (<c>points[3].lat</c>).
    /// </summary>
    private static Dictionary<string, string[]>? Validate(object target, string prefix, Dictionary<string, string[]>? errors)
    {
        var results = new List<ValidationResult>();
        if (!PropertyAnnotations.AllPass(target) && !Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true))
        {
            errors ??= [];
            foreach (var group in results.GroupBy(r => r.MemberNames.FirstOrDefault() ?? ""))
            {
                var name = group.Key.Length == 0 ? "" : JsonNamingPolicy.CamelCase.ConvertName(group.Key);
                var field = prefix + name is { Length: > 0 } path ? path : "body";
                errors[field] = group.Select(r => (r.ErrorMessage ?? "is invalid").Replace(group.Key, name.Length > 0 ? field : group.Key, StringComparison.Ordinal)).ToArray();
            }
        }

        if (prefix.Length > 0)
        {
            return errors;
        }

        foreach (var list in ItemLists.GetOrAdd(target.GetType(), FindItemLists))
        {
            if (list.GetValue(target) is not System.Collections.IEnumerable items)
            {
                continue;
            }

            var index = 0;
            var name = JsonNamingPolicy.CamelCase.ConvertName(list.Name);
            foreach (var item in items)
            {
                errors = item is null
                    ? AddError(errors, $"{name}[{index}]", "must not be null.")
                    : Validate(item, $"{name}[{index}].", errors);
                index++;
            }
        }

        return errors;
    }

    private static Dictionary<string, string[]> AddError(Dictionary<string, string[]>? errors, string field, string message)
    {
        errors ??= [];
        errors[field] = [message];
        return errors;
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ItemLists = new();

    /// <summary>The properties that are lists of annotated objects.</summary>
    private static PropertyInfo[] FindItemLists(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(string)
                && ItemTypes.Of(p.PropertyType) is { IsClass: true } item && item != typeof(string)
                && HasAnnotations(item))
            .ToArray();

    /// <summary>
    /// How the caller names an argument: a query, route, header or form-file value by its name; a body by its fields (its
    /// own name is left out, so a NUL in <c>description</c> is reported as <c>description</c>).
    /// </summary>
    private static string ArgumentName(EndpointFilterInvocationContext context, int index)
    {
        var method = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>();
        var parameter = method?.GetParameters() is { } all && index < all.Length ? all[index] : null;
        if (parameter is null || parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromBodyAttribute>() is not null || context.Arguments[index] is not (string or IFormFile))
        {
            return "";
        }

        return parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromHeaderAttribute>()?.Name
            ?? parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name
            ?? parameter.Name
            ?? "";
    }

    private static bool HasAnnotations(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any());
}
