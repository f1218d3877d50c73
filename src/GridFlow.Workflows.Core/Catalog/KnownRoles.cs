namespace GridFlow.Workflows.Core.Catalog;

/// <summary>
/// The roles a workflow may escalate to. One list shared by the validator and the notification code,
/// so a definition cannot name a role nobody can hold.
/// </summary>
public static class KnownRoles
{
    public const string GridInspector = "grid-inspector";
    public const string TownshipOfficer = "township-officer";
    public const string CountySupervisor = "county-supervisor";
    public const string CitySupervisor = "city-supervisor";
    public const string Designer = "designer";
    public const string Admin = "admin";

    /// <summary>Every known role name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        GridInspector, TownshipOfficer, CountySupervisor, CitySupervisor, Designer, Admin,
    };
}
