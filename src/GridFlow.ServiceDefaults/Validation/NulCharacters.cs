using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace GridFlow.ServiceDefaults.Validation;

/// <summary>
/// Finds a NUL character (<c>\u0000</c>) anywhere in a request's bound values: PostgreSQL cannot store one in text or
/// jsonb, so every text field refuses it at the edge rather than failing deep in a write. It looks into strings, JSON
/// documents (keys too), uploaded files' names, lists, and the API's request records (types of
/// <c>GridFlow.Contracts</c>); never into services.
/// </summary>
public static class NulCharacters
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The path of the first value holding a NUL (<paramref name="path"/> for the value itself), or null.</summary>
    public static string? Find(object? value, string path) => Find(value, path, 0);

    private static string? Find(object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (value)
        {
            case null:
                return null;
            case string text:
                return text.Contains('\0') ? path : null;
            case JsonObject json:
                foreach (var (key, node) in json)
                {
                    var at = Join(path, key);
                    if (key.Contains('\0'))
                    {
                        return at;
                    }

                    if (Find(node, at, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Find(array[i], $"{path}[{i}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValue scalar:
                return scalar.TryGetValue<string>(out var s) && s.Contains('\0') ? path : null;
            case IFormFile file:
                return file.FileName.Contains('\0') || file.Name.Contains('\0') ? path : null;
            case IEnumerable when ItemTypes.Of(value.GetType()) is { } itemType && !MayHoldText(itemType):
                // A patrol's hundred points hold numbers and times only: nothing to walk, no path to build for each.
                return null;
            case IEnumerable items when IsContract(value.GetType()) || value.GetType().IsArray || value.GetType().Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true:
                var index = 0;
                foreach (var item in items)
                {
                    if (Find(item, $"{path}[{index++}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
        }

        if (!IsContract(value.GetType()))
        {
            return null;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), Readable))
        {
            if (Find(property.GetValue(value), Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name)), depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsContract(Type type) => type.Namespace?.StartsWith("GridFlow.Contracts", StringComparison.Ordinal) == true;

    /// <summary>The properties that may hold text: the others need not be read.</summary>
    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && MayHoldText(p.PropertyType)).ToArray();

    private static readonly ConcurrentDictionary<Type, bool> HoldsText = new();

    /// <summary>
    /// Whether a value of this declared type may hold text somewhere: not numbers, times, ids, booleans and enums, nor lists
    /// and API records made of those only; anything else (text, JSON, objects, files, other types) may.
    /// </summary>
    private static bool MayHoldText(Type type)
    {
        if (HoldsText.TryGetValue(type, out var known))
        {
            return known;
        }

        // Until it is known, a type (one that holds itself) counts as holding text: the safe answer.
        HoldsText[type] = true;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var holds = underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(decimal) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan) || underlying == typeof(Guid)
            ? false
            : underlying != typeof(string) && ItemTypes.Of(underlying) is { } item
                ? MayHoldText(item)
                : underlying == typeof(string) || !IsContract(underlying) || underlying.IsInterface || underlying.IsAbstract
                    || underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetIndexParameters().Length == 0 && p.CanRead && MayHoldText(p.PropertyType));
        HoldsText[type] = holds;
        return holds;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
