using System.Text.RegularExpressions;

namespace GridFlow.Assessments.Schemes;

/// <summary>
/// Checks a scheme document (the format of api.md, "Assessment"): every problem under its JSON pointer, so an editor
/// can mark the very field. Bounds keep every scheme computable and every score within reach of the grades; unknown
/// fields are problems, because a misspelt cap would otherwise silently not apply. Whether a <c>regionId</c> names a
/// county is the caller's to check (it needs the region directory).
/// </summary>
public static partial class SchemeValidator
{
    public const int MaxItems = 50;
    public const int MaxGrades = 10;

    private static readonly HashSet<string> TopFields = ["$schema", "schemeId", "name", "version", "regionId", "base", "patrolRule", "items", "grades", "dismissal", "description"];
    private static readonly HashSet<string> RuleFields = ["minMinutes", "minKm", "minInsideRatio", "maxKmh"];
    private static readonly HashSet<string> GradeFields = ["grade", "min", "pay"];
    private static readonly HashSet<string> DismissalFields = ["consecutiveFailing"];
    private static readonly HashSet<string> Finders = ["city", "county", "cross-check", "public"];
    private static readonly HashSet<string> EscalationLevels = ["yellow", "red", "interview"];

    /// <summary>The fields each kind takes besides <c>id</c>, <c>kind</c>, <c>points</c>, <c>cap</c> and <c>name</c>.</summary>
    private static readonly Dictionary<string, HashSet<string>> KindFields = new()
    {
        [SchemeItemKinds.MissedPatrol] = ["everyDays"],
        [SchemeItemKinds.InvalidPatrol] = [],
        [SchemeItemKinds.ValidReport] = [],
        [SchemeItemKinds.LateReport] = ["afterHours"],
        [SchemeItemKinds.MissedReport] = ["withinDays", "withinMeters", "byFinder"],
        [SchemeItemKinds.LateTask] = [],
        [SchemeItemKinds.Escalation] = ["level"],
        [SchemeItemKinds.TrainingAbsence] = [],
        [SchemeItemKinds.SourceUnvisited] = [],
        [SchemeItemKinds.Adjustment] = [],
    };

    public static SchemeProblems Validate(JsonNode? document)
    {
        var problems = new SchemeProblems();
        if (document is not JsonObject scheme)
        {
            problems.Add("", "A scheme is a JSON object.");
            return problems;
        }

        problems.Unknown(scheme, "", TopFields);
        if (problems.Text(scheme, "schemeId", "", 64) is { } id && !SchemeId().IsMatch(id))
        {
            problems.Add("/schemeId", "must be lower-case letters, digits and hyphens, starting with a letter or digit.");
        }

        problems.Text(scheme, "name", "", 128);
        if (scheme["regionId"] is { } region && (region.GetValueKind() != JsonValueKind.String || !Guid.TryParse(region.GetValue<string>(), out _)))
        {
            problems.Add("/regionId", "must be null (the whole deployment) or the id of a county.");
        }

        problems.Number(scheme, "base", "", 1, 1000);
        ValidateRule(scheme, problems);
        ValidateItems(scheme, problems);
        ValidateGrades(scheme, problems);
        if (Object(scheme, "dismissal", "", problems) is { } dismissal)
        {
            problems.Unknown(dismissal, "/dismissal", DismissalFields);
            problems.Whole(dismissal, "consecutiveFailing", "/dismissal", 1, 12);
        }

        return problems;
    }

    private static void ValidateRule(JsonObject scheme, SchemeProblems problems)
    {
        if (Object(scheme, "patrolRule", "", problems) is not { } rule)
        {
            return;
        }

        problems.Unknown(rule, "/patrolRule", RuleFields);
        problems.Number(rule, "minMinutes", "/patrolRule", 0, 1440);
        problems.Number(rule, "minKm", "/patrolRule", 0, 1000);
        problems.Number(rule, "minInsideRatio", "/patrolRule", 0, 1);
        problems.Number(rule, "maxKmh", "/patrolRule", 1, 1000);
    }

    private static void ValidateItems(JsonObject scheme, SchemeProblems problems)
    {
        if (Array(scheme, "items", "", 1, MaxItems, problems) is not { } items)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"/items/{i}";
            if (items[i] is not JsonObject item)
            {
                problems.Add(at, "An item is a JSON object.");
                continue;
            }

            if (problems.Text(item, "id", at, 64) is { } itemId && !ids.Add(itemId))
            {
                problems.Add($"{at}/id", $"Another item has the id '{itemId}'.");
            }

            problems.Text(item, "name", at, 128, required: false);
            var kind = item["kind"] is { } k && k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : null;
            if (kind is null || !KindFields.TryGetValue(kind, out var fields))
            {
                problems.Add($"{at}/kind", $"must be one of {string.Join(", ", SchemeItemKinds.All.Order(StringComparer.Ordinal))}.");
                continue;
            }

            problems.Unknown(item, at, new HashSet<string>([.. fields, "id", "name", "kind", "points", "cap"], StringComparer.Ordinal));
            ValidatePoints(item, kind, at, problems);
            ValidateParameters(item, kind, at, problems);
        }
    }

    private static void ValidatePoints(JsonObject item, string kind, string at, SchemeProblems problems)
    {
        var deduction = SchemeItemKinds.Deductions.Contains(kind);
        if (kind != SchemeItemKinds.Adjustment)
        {
            // A deduction's points are at most zero, a bonus's at least zero.
            problems.Number(item, "points", at, deduction ? -100 : 0, deduction ? 0 : 100);
        }
        else if (item["points"] is not null)
        {
            problems.Add($"{at}/points", "An adjustment counts the points of each adjustment recorded; it has no points of its own.");
        }

        problems.Number(item, "cap", at, deduction ? -1000 : 0, deduction ? 0 : 1000, required: false);
    }

    private static void ValidateParameters(JsonObject item, string kind, string at, SchemeProblems problems)
    {
        switch (kind)
        {
            case SchemeItemKinds.MissedPatrol:
                problems.Whole(item, "everyDays", at, 1, 31);
                break;
            case SchemeItemKinds.LateReport:
                problems.Number(item, "afterHours", at, 1, 720);
                break;
            case SchemeItemKinds.MissedReport:
                problems.Whole(item, "withinDays", at, 1, 90);
                problems.Number(item, "withinMeters", at, 1, 5000);
                if (Object(item, "byFinder", at, problems, required: false) is { } byFinder)
                {
                    problems.Unknown(byFinder, $"{at}/byFinder", Finders);
                    foreach (var finder in Finders.Where(f => byFinder[f] is not null))
                    {
                        problems.Number(byFinder, finder, $"{at}/byFinder", 0, 10);
                    }
                }

                break;
            case SchemeItemKinds.Escalation:
                if (item["level"] is not { } level || level.GetValueKind() != JsonValueKind.String || !EscalationLevels.Contains(level.GetValue<string>()))
                {
                    problems.Add($"{at}/level", "must be yellow, red or interview.");
                }

                break;
        }
    }

    private static void ValidateGrades(JsonObject scheme, SchemeProblems problems)
    {
        if (Array(scheme, "grades", "", 1, MaxGrades, problems) is not { } grades)
        {
            return;
        }

        double? previous = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < grades.Count; i++)
        {
            var at = $"/grades/{i}";
            if (grades[i] is not JsonObject grade)
            {
                problems.Add(at, "A grade is a JSON object.");
                continue;
            }

            problems.Unknown(grade, at, GradeFields);
            if (problems.Text(grade, "grade", at, 16) is { } name && !names.Add(name))
            {
                problems.Add($"{at}/grade", $"Another grade is called '{name}'.");
            }

            problems.Number(grade, "pay", at, 0, 10);
            if (problems.Number(grade, "min", at, 0, 1000) is not { } min)
            {
                continue;
            }

            // The first grade whose min the score reaches is the grade: listed from the highest min down.
            if (previous is { } above && min >= above)
            {
                problems.Add($"{at}/min", $"must be below the grade before it ({above}): grades are listed from the best down.");
            }

            if (i == grades.Count - 1 && min != 0)
            {
                problems.Add($"{at}/min", "The last grade starts at 0, so that every score has a grade.");
            }

            previous = min;
        }
    }

    private static JsonObject? Object(JsonObject parent, string name, string pointer, SchemeProblems problems, bool required = true)
    {
        switch (parent[name])
        {
            case JsonObject node:
                return node;
            case null when !required:
                return null;
            default:
                problems.Add($"{pointer}/{name}", "is required: an object.");
                return null;
        }
    }

    private static JsonArray? Array(JsonObject parent, string name, string pointer, int min, int max, SchemeProblems problems)
    {
        if (parent[name] is not JsonArray array)
        {
            problems.Add($"{pointer}/{name}", "is required: a list.");
            return null;
        }

        if (array.Count < min || array.Count > max)
        {
            problems.Add($"{pointer}/{name}", $"must hold {min} to {max} entries.");
            return null;
        }

        return array;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SchemeId();
}
