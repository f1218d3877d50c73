namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>
/// Who may see and act on escalations. Admins see all; city and county supervisors see the escalations of issues
/// in their region and act on them; everyone else (inspectors, officers, designers) sees none, because an
/// escalation is the supervisors' business, not the assignee's.
/// </summary>
public static class EscalationAccess
{
    public static bool IsSupervisor(Caller caller) => caller.IsInRole(Roles.CitySupervisor) || caller.IsInRole(Roles.CountySupervisor);

    /// <summary>The region path prefix the caller sees escalations under, "" for all, or null for none.</summary>
    public static string? VisiblePrefix(Caller caller) =>
        caller.IsAdmin ? "" : IsSupervisor(caller) && caller.RegionPath is { } path ? path : null;

    public static bool CanSee(Caller caller, string issueRegionPath) =>
        VisiblePrefix(caller) is { } prefix && issueRegionPath.StartsWith(prefix, StringComparison.Ordinal);

    public static bool CanAct(Caller caller, string issueRegionPath) =>
        IsSupervisor(caller) && caller.RegionPath is { } path && issueRegionPath.StartsWith(path, StringComparison.Ordinal);
}
