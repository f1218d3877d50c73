using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Who starts runs and who sees results. City and county supervisors, designers and admins start runs (a county
/// supervisor for their county only); results are seen by admins and designers everywhere, by supervisors and officers
/// for their region, by an inspector for themselves alone. A run itself (its period and progress) is seen by everyone
/// whose region it overlaps.
/// </summary>
public static class RunAccess
{
    public static bool StartsRuns(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.Designer) || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);

    /// <summary>May the caller start a run for the region at <paramref name="regionPath"/> (null: the scheme's whole scope)?</summary>
    public static bool StartsRunsFor(this Caller caller, string? regionPath) =>
        caller.SeesAllRegions || (caller.StartsRuns() && caller.RegionPath is { } own && regionPath is not null && regionPath.StartsWith(own, StringComparison.Ordinal));

    /// <summary>Adjustments are a county's or the city's: their supervisors, and admins.</summary>
    public static bool RecordsAdjustments(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);

    /// <summary>The run lies on the caller's line: deployment-wide, or its region contains or lies within the caller's.</summary>
    public static bool SeesRun(this Caller caller, string? runRegionPath) =>
        caller.SeesAllRegions || runRegionPath is null
        || (caller.RegionPath is { } own && (runRegionPath.StartsWith(own, StringComparison.Ordinal) || own.StartsWith(runRegionPath, StringComparison.Ordinal)));

    /// <summary>May the caller see the result of <paramref name="inspectorId"/>, whose township is at <paramref name="regionPath"/>? (<see cref="Visible"/>, for one row in memory.)</summary>
    public static bool SeesResult(this Caller caller, Guid inspectorId, string regionPath) =>
        caller.SeesAllRegions
        || (caller.IsInspectorOnly ? caller.InspectorId == inspectorId : caller.RegionPrefix is { } prefix && regionPath.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The results the caller sees, as a filter on results rows.</summary>
    public static IQueryable<AssessmentResult> Visible(this Caller caller, IQueryable<AssessmentResult> results)
    {
        if (caller.SeesAllRegions)
        {
            return results;
        }

        if (caller.IsInspectorOnly)
        {
            var own = caller.InspectorId!.Value;
            return results.Where(r => r.InspectorId == own);
        }

        var prefix = caller.RegionPrefix!;
        return results.Where(r => r.RegionPath.StartsWith(prefix));
    }
}
