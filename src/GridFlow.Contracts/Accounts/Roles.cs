namespace GridFlow.Contracts.Accounts;

/// <summary>The role names of the public API (../shared/api.md, "Accounts").</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Designer = "designer";
    public const string CitySupervisor = "city-supervisor";
    public const string CountySupervisor = "county-supervisor";
    public const string TownshipOfficer = "township-officer";
    public const string Inspector = "inspector";

    public static readonly IReadOnlyList<string> All =
        [Admin, Designer, CitySupervisor, CountySupervisor, TownshipOfficer, Inspector];
}
