namespace GridFlow.Assessments.Schemes;

/// <summary>Problems of a scheme document, each under the JSON pointer (RFC 6901) of the value at fault.</summary>
public sealed class SchemeProblems
{
    public Dictionary<string, string[]> ByPointer { get; } = [];

    public bool Any => ByPointer.Count > 0;

    /// <summary>Adds a problem; the document itself is the empty pointer, shown as <c>""</c>.</summary>
    public void Add(string pointer, string message) =>
        ByPointer[pointer] = ByPointer.TryGetValue(pointer, out var earlier) ? [.. earlier, message] : [message];

    /// <summary>A number at <paramref name="pointer"/> within [min, max]; null (with a problem) when missing or out of range.</summary>
    public double? Number(JsonObject parent, string name, string pointer, double min, double max, bool required = true)
    {
        var at = $"{pointer}/{name}";
        if (parent[name] is not { } node)
        {
            if (required)
            {
                Add(at, "is required.");
            }

            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue(out double value))
        {
            Add(at, "must be a number.");
            return null;
        }

        if (value < min || value > max)
        {
            Add(at, $"must be from {min} to {max}.");
            return null;
        }

        return value;
    }

    /// <summary>A whole number within [min, max].</summary>
    public int? Whole(JsonObject parent, string name, string pointer, int min, int max, bool required = true)
    {
        var value = Number(parent, name, pointer, min, max, required);
        if (value is { } v && v != Math.Floor(v))
        {
            Add($"{pointer}/{name}", "must be a whole number.");
            return null;
        }

        return value is null ? null : (int)value;
    }

    /// <summary>A text of 1 to <paramref name="maxLength"/> characters.</summary>
    public string? Text(JsonObject parent, string name, string pointer, int maxLength, bool required = true)
    {
        var at = $"{pointer}/{name}";
        if (parent[name] is null && !required)
        {
            return null;
        }

        if (parent[name] is not { } node || node.GetValueKind() != JsonValueKind.String || node.GetValue<string>() is not { Length: > 0 } text)
        {
            Add(at, "is required: a text.");
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(at, $"must be at most {maxLength} characters.");
            return null;
        }

        return text;
    }

    /// <summary>Names in <paramref name="node"/> that are not in <paramref name="known"/>: a typo would otherwise be silently ignored.</summary>
    public void Unknown(JsonObject node, string pointer, IReadOnlySet<string> known)
    {
        foreach (var (name, _) in node)
        {
            if (!known.Contains(name))
            {
                Add($"{pointer}/{Escape(name)}", "is not a field of a scheme here.");
            }
        }
    }

    /// <summary>RFC 6901: '~' and '/' in a name.</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
