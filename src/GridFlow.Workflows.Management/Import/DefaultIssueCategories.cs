namespace GridFlow.Workflows.Management.Import;

/// <summary>
/// The issue categories every installation starts with. Only missing ones are inserted, so a designer's mapping
/// (or name) is never overwritten by a restart.
/// </summary>
internal static class DefaultIssueCategories
{
    private const string Default = "issue-lifecycle";
    private const string Strict = "issue-lifecycle-strict";

    public static IReadOnlyList<(string Code, string Name, string DefinitionId)> All { get; } =
    [
        ("dust", "扬尘", Default),
        ("restaurant-fumes", "餐饮油烟", Default),
        ("loose-coal", "散煤", Default),
        ("small-workshop", "散乱污企业", Default),
        ("open-burning", "露天焚烧", Strict),
        ("drinking-water", "饮用水源", Strict),
        ("other", "其他", Default),
    ];

    public static IssueCategory Create((string Code, string Name, string DefinitionId) category, DateTimeOffset now) =>
        new() { Code = category.Code, Name = category.Name, WorkflowDefinitionId = category.DefinitionId, UpdatedAt = now };
}
