using GridFlow.Accounts.Scoping;

namespace GridFlow.Accounts.Users;

/// <summary>
/// Whose accounts a caller may manage: an admin any account anywhere; a county supervisor the inspector and
/// township-officer accounts whose region lies in their county (they see every account there, and manage only those).
/// </summary>
public sealed record AccountAuthority(Caller Caller)
{
    /// <summary>The roles a county supervisor may hold accounts to.</summary>
    public static readonly IReadOnlySet<string> CountyManagedRoles = new HashSet<string>(StringComparer.Ordinal) { Roles.Inspector, Roles.TownshipOfficer };

    /// <summary>True for admins and county supervisors; everyone else may neither read nor manage accounts.</summary>
    public bool MayManageAccounts => Caller.IsAdmin || Caller.IsInRole(Roles.CountySupervisor);

    /// <summary>The region path prefix the caller's accounts are limited to, or null for everywhere.</summary>
    public string? RegionPrefix => Caller.IsAdmin ? null : Caller.RegionPath ?? "/-none-/";

    /// <summary>Whether an account (or a region) at <paramref name="regionPath"/> is visible to the caller.</summary>
    public bool Sees(string? regionPath) => RegionPrefix is not { } prefix || (regionPath?.StartsWith(prefix, StringComparison.Ordinal) ?? false);

    /// <summary>Whether the caller may manage an account with these roles, or grant them.</summary>
    public bool MayHold(IEnumerable<string> roles) => Caller.IsAdmin || roles.All(CountyManagedRoles.Contains);
}
