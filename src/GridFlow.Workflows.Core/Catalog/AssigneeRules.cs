namespace GridFlow.Workflows.Core.Catalog;

/// <summary>
/// The rules that pick a task's assignee (or a notification's recipients) relative to the issue.
/// The runtime resolves them against the grid, township and county of the issue.
/// </summary>
public static class AssigneeRules
{
    /// <summary>The responsible inspector of the grid.</summary>
    public const string GridInspector = "gridInspector";

    /// <summary>The officers of the township that owns the grid.</summary>
    public const string TownshipOfficers = "townshipOfficers";

    /// <summary>The supervisors of the county-level unit.</summary>
    public const string CountySupervisors = "countySupervisors";

    /// <summary>The city bureau's supervisors.</summary>
    public const string CitySupervisors = "citySupervisors";

    /// <summary>A named user; the rule carries <c>userName</c>.</summary>
    public const string User = "user";

    /// <summary>Another inspector of the same township than the reporter (for cross-checks).</summary>
    public const string CrossCheckInspector = "crossCheckInspector";

    /// <summary>The user the case was started for (a cross-check's checker: the issue row's designated user).</summary>
    public const string DesignatedUser = "designatedUser";

    /// <summary>Every known rule.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        GridInspector, TownshipOfficers, CountySupervisors, CitySupervisors, User, CrossCheckInspector, DesignatedUser,
    };
}
