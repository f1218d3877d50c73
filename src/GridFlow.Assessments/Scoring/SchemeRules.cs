namespace GridFlow.Assessments.Scoring;

/// <summary>
/// A published scheme's document as the scorer uses it. Read from a document the validator accepted, so a missing
/// field here is a bug, not bad input.
/// </summary>
public sealed record SchemeRules(
    string SchemeId,
    string Name,
    int Version,
    Guid? RegionId,
    decimal Base,
    PatrolRuleOptions PatrolRule,
    IReadOnlyList<SchemeItem> Items,
    IReadOnlyList<SchemeGrade> Grades,
    int ConsecutiveFailing)
{
    /// <summary>The grade the scheme lists last: the one a failing score gets (不合格).</summary>
    public string FailingGrade => Grades[^1].Grade;

    /// <summary>The first grade, in the order listed, whose minimum <paramref name="score"/> reaches.</summary>
    public SchemeGrade GradeOf(decimal score) => Grades.FirstOrDefault(g => score >= g.Min) ?? Grades[^1];

    public static SchemeRules Parse(string document)
    {
        var scheme = JsonNode.Parse(document)!.AsObject();
        var rule = scheme["patrolRule"]!;
        return new SchemeRules(
            scheme["schemeId"]!.GetValue<string>(),
            scheme["name"]?.GetValue<string>() ?? scheme["schemeId"]!.GetValue<string>(),
            scheme["version"]!.GetValue<int>(),
            scheme["regionId"] is { } region ? Guid.Parse(region.GetValue<string>()) : null,
            scheme["base"]!.GetValue<decimal>(),
            new PatrolRuleOptions
            {
                MinMinutes = rule["minMinutes"]!.GetValue<double>(),
                MinKm = rule["minKm"]!.GetValue<double>(),
                MinInsideRatio = rule["minInsideRatio"]!.GetValue<double>(),
                MaxKmh = rule["maxKmh"]!.GetValue<double>(),
            },
            scheme["items"]!.AsArray().Select(i => Item(i!.AsObject())).ToList(),
            scheme["grades"]!.AsArray().Select(g => new SchemeGrade(g!["grade"]!.GetValue<string>(), g["min"]!.GetValue<decimal>(), g["pay"]!.GetValue<decimal>())).ToList(),
            scheme["dismissal"]?["consecutiveFailing"]?.GetValue<int>() ?? 2);
    }

    private static SchemeItem Item(JsonObject item) => new(
        item["id"]!.GetValue<string>(),
        item["kind"]!.GetValue<string>(),
        item["points"]?.GetValue<decimal>() ?? 0,
        item["cap"]?.GetValue<decimal>(),
        item["everyDays"]?.GetValue<int>() ?? 1,
        item["afterHours"]?.GetValue<double>() ?? 24,
        item["withinDays"]?.GetValue<int>() ?? 7,
        item["withinMeters"]?.GetValue<double>() ?? 200,
        item["level"]?.GetValue<string>(),
        item["byFinder"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<decimal>()));
}
