using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace GridFlow.ServiceDefaults.Validation;

/// <summary>
/// Validates every request object that carries data annotations before its handler runs, and answers
/// 400 with <c>errors</c> keyed by the JSON field name. (.NET 10's generated validation only sees
/// types in the project that calls AddValidation; GridFlow's endpoints live in module libraries.)
/// </summary>
public sealed class DataAnnotationsValidationFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, bool> Validatable = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !Validatable.GetOrAdd(argument.GetType(), HasAnnotations))
            {
                continue;
            }

            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true))
            {
                continue;
            }

            errors ??= [];
            foreach (var group in results.GroupBy(r => r.MemberNames.FirstOrDefault() ?? ""))
            {
                var field = group.Key.Length == 0 ? "body" : JsonNamingPolicy.CamelCase.ConvertName(group.Key);
                errors[field] = group.Select(r => (r.ErrorMessage ?? "is invalid").Replace(group.Key, field, StringComparison.Ordinal)).ToArray();
            }
        }

        return errors is null ? await next(context) : TypedResults.ValidationProblem(errors);
    }

    private static bool HasAnnotations(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any());
}
