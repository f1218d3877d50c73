using GridFlow.Contracts.Accounts;

namespace GridFlow.DemoData.Seeding;

/// <summary>The demo accounts (see shared/api.md, "Accounts"). Demo data only, never production.</summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "GridFlow!2026";

    /// <summary>Domain of every demo e-mail address; <c>.local</c> so no mail can leave by mistake.</summary>
    public const string EmailDomain = "demo.gridflow.local";

    // Each demo account is named after its one role.
    public const string Admin = Roles.Admin;
    public const string Designer = Roles.Designer;
    public const string CitySupervisor = Roles.CitySupervisor;
    public const string CountySupervisor = Roles.CountySupervisor;
    public const string TownshipOfficer = Roles.TownshipOfficer;
    public const string Inspector = Roles.Inspector;

    /// <summary>Code of 东昌府区, the county the county-level demo accounts work in.</summary>
    public const string CountyCode = "371502";

    public static readonly IReadOnlyList<string> UserNames =
        [Admin, Designer, CitySupervisor, CountySupervisor, TownshipOfficer, Inspector];
}
