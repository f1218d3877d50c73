namespace GridFlow.Workflows.Core.Serialization;

/// <summary>Reads one form field of a user task.</summary>
internal static class FormFieldReader
{
    public static FormField? Read(InputReader r)
    {
        var name = r.String("name", required: true);
        var label = r.String("label", required: false);
        var typeText = r.String("type", required: true);
        FormFieldType? type = typeText switch
        {
            "text" => FormFieldType.Text,
            "number" => FormFieldType.Number,
            "choice" => FormFieldType.Choice,
            "photos" => FormFieldType.Photos,
            null => null,
            _ => null,
        };
        if (typeText is not null && type is null)
        {
            r.Problem(r.At("type"), $"Unknown field type '{typeText}'; known: text, number, choice, photos.");
        }

        var required = r.Json["required"] is JsonValue v && v.TryGetValue(out bool b) && b;
        decimal? min = r.Json["min"] is JsonValue m && m.TryGetValue(out decimal d) ? d : null;
        if (r.Has("min") && min is null)
        {
            r.Problem(r.At("min"), "'min' must be a number.");
        }

        var choices = type == FormFieldType.Choice ? r.Names("choices", required: true) : null;
        var requiredFor = r.Has("requiredFor") ? r.Names("requiredFor", required: false) : null;
        return name is null || type is null ? null : new FormField(name, label ?? name, type.Value, required, min, choices, requiredFor);
    }
}
