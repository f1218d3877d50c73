namespace GridFlow.Workflows.Runtime.Instances;

/// <summary>
/// The order of an issue list (<c>sort</c> and <c>desc</c> of <c>GET /api/issues</c>). Every order ends on the id, so
/// pages never overlap or skip a row when many issues share a value.
/// </summary>
public sealed record IssueOrder(string Sort, bool Descending)
{
    public const string ReportedAt = "reportedAt";
    public const string DiscoveredAt = "discoveredAt";
    public const string Code = "code";
    public const string Category = "category";
    public const string Status = "status";
    public const string EscalationLevel = "escalationLevel";

    /// <summary>Newest reports first: what the (reported_at, id) index serves without sorting.</summary>
    public static IssueOrder Default { get; } = new(ReportedAt, true);

    public static IReadOnlyList<string> Sorts { get; } = [ReportedAt, DiscoveredAt, Code, Category, Status, EscalationLevel];

    /// <summary>The order asked for, or null when <paramref name="sort"/> is not one of <see cref="Sorts"/>; descending unless told otherwise.</summary>
    public static IssueOrder? Parse(string? sort, bool? desc) =>
        sort is null ? Default with { Descending = desc ?? true }
        : Sorts.Contains(sort, StringComparer.Ordinal) ? new IssueOrder(sort, desc ?? true) : null;

    public IQueryable<Issue> Apply(IQueryable<Issue> issues) => (Sort, Descending) switch
    {
        (DiscoveredAt, true) => issues.OrderByDescending(i => i.DiscoveredAt).ThenBy(i => i.Id),
        (DiscoveredAt, false) => issues.OrderBy(i => i.DiscoveredAt).ThenBy(i => i.Id),
        (Code, true) => issues.OrderByDescending(i => i.Code),
        (Code, false) => issues.OrderBy(i => i.Code),
        (Category, true) => issues.OrderByDescending(i => i.Category).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (Category, false) => issues.OrderBy(i => i.Category).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (Status, true) => issues.OrderByDescending(i => i.Status).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (Status, false) => issues.OrderBy(i => i.Status).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (EscalationLevel, true) => issues.OrderByDescending(i => i.EscalationLevel).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (EscalationLevel, false) => issues.OrderBy(i => i.EscalationLevel).ThenByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
        (_, false) => issues.OrderBy(i => i.ReportedAt).ThenByDescending(i => i.Id),
        _ => issues.OrderByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
    };
}
