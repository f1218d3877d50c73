namespace GridFlow.Workflows.Core.Validation;

/// <summary>
/// Checks the data submitted with a task completion against the task's form. Returns field name → messages;
/// empty when the data is acceptable. Photo fields take arrays of attachment id strings.
/// </summary>
public static class FormValidator
{
    /// <summary>Validates <paramref name="data"/> against <paramref name="fields"/> for a completion with <paramref name="outcome"/> (fields required only for some outcomes).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Validate(IReadOnlyList<FormField> fields, JsonObject? data, string? outcome = null)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var value = data?[field.Name];
            var messages = IsEmpty(value)
                ? (field.IsRequiredFor(outcome) ? [$"'{field.Label}' is required."] : [])
                : Check(field, value!);
            if (messages.Count > 0)
            {
                errors[field.Name] = messages;
            }
        }

        return errors;
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.TryGetValue(out string? s) => string.IsNullOrWhiteSpace(s),
        JsonArray a => a.Count == 0,
        _ => false,
    };

    private static List<string> Check(FormField field, JsonNode value) => field.Type switch
    {
        FormFieldType.Text => value is JsonValue v && v.TryGetValue(out string? _) ? [] : [$"'{field.Label}' must be text."],
        FormFieldType.Number => CheckNumber(field, value),
        FormFieldType.Choice => value is JsonValue c && c.TryGetValue(out string? choice) && (field.Choices ?? []).Contains(choice)
            ? []
            : [$"'{field.Label}' must be one of: {string.Join(", ", field.Choices ?? [])}."],
        FormFieldType.Photos => CheckPhotos(field, value),
        _ => [],
    };

    private static List<string> CheckNumber(FormField field, JsonNode value)
    {
        if (value is not JsonValue v || !v.TryGetValue(out decimal number))
        {
            return [$"'{field.Label}' must be a number."];
        }

        return number < field.Min ? [$"'{field.Label}' must be at least {field.Min}."] : [];
    }

    private static List<string> CheckPhotos(FormField field, JsonNode value)
    {
        if (value is not JsonArray photos || photos.Any(p => p is not JsonValue v || !v.TryGetValue(out string? id) || string.IsNullOrWhiteSpace(id)))
        {
            return [$"'{field.Label}' must be a list of attachment ids."];
        }

        var min = (int)(field.Min ?? (field.Required ? 1 : 0));
        return photos.Count < min ? [$"'{field.Label}' needs at least {min} photo(s)."] : [];
    }
}
