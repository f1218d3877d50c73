using System.Text.Json.Nodes;
using GridFlow.Contracts.Assessments;

namespace GridFlow.Web.Components.Schemes;

/// <summary>The fields each item kind takes besides id, kind, points, cap and name (as the server's validator has them), and what a new one starts with.</summary>
public static class SchemeItemFields
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        SchemeItemKinds.MissedPatrol, SchemeItemKinds.InvalidPatrol, SchemeItemKinds.ValidReport, SchemeItemKinds.LateReport, SchemeItemKinds.MissedReport,
        SchemeItemKinds.LateTask, SchemeItemKinds.Escalation, SchemeItemKinds.TrainingAbsence, SchemeItemKinds.SourceUnvisited, SchemeItemKinds.Adjustment,
    ];

    public static readonly IReadOnlyList<string> Finders = ["city", "county", "cross-check", "public"];

    public static readonly IReadOnlyList<string> EscalationLevels = ["yellow", "red", "interview"];

    private static readonly Dictionary<string, Func<JsonObject>> Defaults = new()
    {
        [SchemeItemKinds.MissedPatrol] = () => new JsonObject { ["everyDays"] = 2 },
        [SchemeItemKinds.LateReport] = () => new JsonObject { ["afterHours"] = 24 },
        [SchemeItemKinds.MissedReport] = () => new JsonObject { ["withinDays"] = 7, ["withinMeters"] = 200 },
        [SchemeItemKinds.Escalation] = () => new JsonObject { ["level"] = "yellow" },
    };

    private static readonly string[] Specific = ["everyDays", "afterHours", "withinDays", "withinMeters", "byFinder", "level"];

    /// <summary>Whether an item of <paramref name="kind"/> has the field <paramref name="name"/> (so the form shows it).</summary>
    public static bool Takes(string? kind, string name) => name switch
    {
        "id" or "kind" or "cap" or "name" => true,
        "points" => kind != SchemeItemKinds.Adjustment,
        "everyDays" => kind == SchemeItemKinds.MissedPatrol,
        "afterHours" => kind == SchemeItemKinds.LateReport,
        "withinDays" or "withinMeters" or "byFinder" => kind == SchemeItemKinds.MissedReport,
        "level" => kind == SchemeItemKinds.Escalation,
        _ => false,
    };

    /// <summary>Whether items of <paramref name="kind"/> take fields of their own beyond id, kind, points and cap.</summary>
    public static bool HasParameters(string? kind) =>
        Takes(kind, "everyDays") || Takes(kind, "afterHours") || Takes(kind, "withinDays") || Takes(kind, "level");

    /// <summary>Turns <paramref name="item"/> into one of <paramref name="kind"/>: the old kind's fields go, the new one's start at their usual values.</summary>
    public static void ChangeKind(JsonObject item, string kind)
    {
        item["kind"] = kind;
        foreach (var name in Specific.Where(n => item[n] is not null && !Takes(kind, n)).ToList())
        {
            item.Remove(name);
        }

        if (kind == SchemeItemKinds.Adjustment)
        {
            item.Remove("points");
        }
        else if (item["points"] is null)
        {
            item["points"] = SchemeItemKinds.Deductions.Contains(kind) ? -1 : 1;
        }

        if (Defaults.TryGetValue(kind, out var defaults))
        {
            foreach (var (name, value) in defaults())
            {
                item[name] ??= value?.DeepClone();
            }
        }

        // A deduction's cap is at most zero, a bonus's at least zero: a cap of the other sign would not be valid.
        if (item["cap"] is JsonValue cap && cap.TryGetValue(out double bound) && (SchemeItemKinds.Deductions.Contains(kind) ? bound > 0 : bound < 0))
        {
            item.Remove("cap");
        }
    }

    /// <summary>A new item of a kind, with an id not yet used.</summary>
    public static JsonObject New(JsonArray items)
    {
        var used = items.OfType<JsonObject>().Select(i => i["id"]?.ToString()).ToHashSet(StringComparer.Ordinal);
        var number = 1;
        while (used.Contains($"item-{number}"))
        {
            number++;
        }

        var item = new JsonObject { ["id"] = $"item-{number}" };
        ChangeKind(item, SchemeItemKinds.ValidReport);
        return item;
    }
}
