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
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Dictionary<string, string[]>? errors = null;
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (NulCharacters.Find(context.Arguments[i], ArgumentName(context, i)) is { } field)
            {
                errors ??= [];
                errors[field.Length == 0 ? "body" : field] = [RequestValidation.NulMessage];
            }
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: "A text value holds a NUL character.");
        }

        foreach (var argument in context.Arguments)
        {
            if (argument is not null)
            {
                errors = RequestValidation.Annotations(argument, errors);
            }
        }

        return errors is null ? await next(context) : TypedResults.ValidationProblem(errors);
    }

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
}
