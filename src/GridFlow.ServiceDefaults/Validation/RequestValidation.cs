using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace GridFlow.ServiceDefaults.Validation;

/// <summary>
/// The checks every request object gets before its handler runs, in one place: the API's endpoint filter
/// (<see cref="DataAnnotationsValidationFilter"/>) and the web console, which calls the same handlers without HTTP, give
/// the same errors under the same JSON field names.
/// </summary>
public static class RequestValidation
{
    public const string NulMessage = "must not contain the NUL character (\\u0000).";

    private static readonly ConcurrentDictionary<Type, bool> Validatable = new();

    /// <summary>A request object's errors (a NUL character anywhere, then its annotations), or null when it passes.</summary>
    public static Dictionary<string, string[]>? Check(object request)
    {
        if (NulCharacters.Find(request, "") is { } field)
        {
            return new() { [field.Length == 0 ? "body" : field] = [NulMessage] };
        }

        return Annotations(request, null);
    }

    /// <summary>Adds <paramref name="target"/>'s annotation errors to <paramref name="errors"/> when its type carries annotations.</summary>
    public static Dictionary<string, string[]>? Annotations(object target, Dictionary<string, string[]>? errors) =>
        Validatable.GetOrAdd(target.GetType(), HasAnnotations) ? Validate(target, "", errors) : errors;

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

    private static bool HasAnnotations(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any());
}
