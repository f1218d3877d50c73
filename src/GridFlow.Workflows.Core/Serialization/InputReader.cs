using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Workflows.Core.Serialization;

/// <summary>
/// Reads the inputs of one JSON object and records a problem, with its pointer, for each input that is
/// missing or malformed. Readers never throw: they return a fallback so the rest of the definition can
/// still be checked and every problem reported at once.
/// </summary>
internal sealed class InputReader(JsonObject json, string pointer, List<WorkflowProblem> problems)
{
    /// <summary>The pointer of the object being read.</summary>
    public string Pointer { get; } = pointer;

    /// <summary>The object being read.</summary>
    public JsonObject Json { get; } = json;

    /// <summary>Every problem recorded so far.</summary>
    public List<WorkflowProblem> Problems { get; } = problems;

    public string At(string name) => $"{Pointer}/{Escape(name)}";

    public void Problem(string subPointer, string message) => Problems.Add(new WorkflowProblem(subPointer, message));

    public InputReader Child(JsonObject child, string name) => new(child, At(name), Problems);

    public bool Has(string name) => Json[name] is not null;

    public string? String(string name, bool required)
    {
        switch (Json[name])
        {
            case null:
                if (required)
                {
                    Problem(At(name), $"Missing input '{name}'.");
                }

                return null;
            case JsonValue v when v.TryGetValue(out string? s) && (!required || s.Trim().Length > 0):
                return s;
            default:
                Problem(At(name), required ? $"Input '{name}' must be a non-empty string." : $"Input '{name}' must be a string.");
                return null;
        }
    }

    public int? Integer(string name, bool required)
    {
        if (Json[name] is JsonValue v && v.TryGetValue(out int i))
        {
            return i;
        }

        if (Json[name] is not null || required)
        {
            Problem(At(name), Json[name] is null ? $"Missing input '{name}'." : $"Input '{name}' must be a whole number.");
        }

        return null;
    }

    public JsonArray? Array(string name, bool required)
    {
        switch (Json[name])
        {
            case JsonArray a:
                return a;
            case null when !required:
                return null;
            case null:
                Problem(At(name), $"Missing input '{name}'.");
                return null;
            default:
                Problem(At(name), $"Input '{name}' must be an array.");
                return null;
        }
    }

    /// <summary>Reads an array of objects, calling <paramref name="read"/> for each with a reader pointed at it.</summary>
    public List<T> Objects<T>(string name, bool required, Func<InputReader, T?> read)
        where T : class
    {
        var result = new List<T>();
        var array = Array(name, required);
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                if (read(new InputReader(item, $"{At(name)}/{i}", Problems)) is { } value)
                {
                    result.Add(value);
                }
            }
            else
            {
                Problem($"{At(name)}/{i}", "Must be an object.");
            }
        }

        return result;
    }

    /// <summary>Reads an array of distinct non-empty strings.</summary>
    public List<string> Names(string name, bool required)
    {
        var result = new List<string>();
        var array = Array(name, required);
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.TryGetValue(out string? s) && s.Length > 0)
            {
                if (result.Contains(s))
                {
                    Problem($"{At(name)}/{i}", $"'{s}' appears twice.");
                }
                else
                {
                    result.Add(s);
                }
            }
            else
            {
                Problem($"{At(name)}/{i}", "Must be a non-empty string.");
            }
        }

        if (array is not null && array.Count == 0 && required)
        {
            Problem(At(name), $"Input '{name}' must not be empty.");
        }

        return result;
    }

    public DurationSpec? Duration(string name, bool required, bool allowZero = false, bool allowAt = false)
    {
        if (Json[name] is null)
        {
            if (required)
            {
                Problem(At(name), $"Missing input '{name}'.");
            }

            return null;
        }

        if (!DurationSpec.TryParse(Json[name], out var spec, out var error, allowAt))
        {
            Problem(At(name), error);
            return null;
        }

        if (!allowZero && !spec.IsPositive)
        {
            Problem(At(name), "The duration must be longer than zero.");
            return null;
        }

        return spec;
    }

    public string? Expression(string name)
    {
        var text = String(name, required: true);
        if (text is not null && ExpressionEvaluator.FindSyntaxError(text) is { } error)
        {
            Problem(At(name), $"The expression does not parse: {error}");
        }

        return text;
    }

    public AssigneeRule? Assignee(string name)
    {
        switch (Json[name])
        {
            case null:
                Problem(At(name), $"Missing input '{name}'.");
                return null;
            case JsonObject obj:
                var rule = Child(obj, name);
                var ruleName = rule.String("rule", required: true);
                if (ruleName is null)
                {
                    return null;
                }

                if (!AssigneeRules.All.Contains(ruleName))
                {
                    rule.Problem(rule.At("rule"), $"Unknown assignee rule '{ruleName}'; known: {string.Join(", ", AssigneeRules.All)}.");
                    return null;
                }

                var userName = rule.String("userName", required: ruleName == AssigneeRules.User);
                return new AssigneeRule(ruleName, userName);
            default:
                Problem(At(name), $"Input '{name}' must be an object like {{ \"rule\": \"gridInspector\" }}.");
                return null;
        }
    }

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
