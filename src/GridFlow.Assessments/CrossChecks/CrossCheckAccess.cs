using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// Who orders and who sees cross-checks. County and city supervisors order them for the grids of their region, admins
/// anywhere. Supervisors see those of their region, admins all, and every checker the ones they check; nobody else —
/// a grid's own inspector is not told that their grid is being checked.
/// </summary>
public static class CrossCheckAccess
{
    public static bool OrdersCrossChecks(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);

    /// <summary>May the caller order a cross-check of a grid at <paramref name="regionPath"/>?</summary>
    public static bool OrdersCrossChecksIn(this Caller caller, string regionPath) =>
        caller.IsAdmin || (caller.OrdersCrossChecks() && caller.RegionPath is { } own && regionPath.StartsWith(own, StringComparison.Ordinal));

    /// <summary>The cross-checks the caller may see.</summary>
    public static IQueryable<CrossCheck> VisibleTo(this IQueryable<CrossCheck> checks, Caller caller)
    {
        if (caller.IsAdmin)
        {
            return checks;
        }

        if (caller.OrdersCrossChecks() && caller.RegionPath is { } own)
        {
            return checks.Where(c => c.RegionPath.StartsWith(own) || c.CheckerUserId == caller.UserId);
        }

        return checks.Where(c => c.CheckerUserId == caller.UserId);
    }
}
