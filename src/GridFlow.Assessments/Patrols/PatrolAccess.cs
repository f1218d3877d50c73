namespace GridFlow.Assessments.Patrols;

/// <summary>
/// Who sees and who records a patrol: an inspector sees and records their own; supervisors and officers see the
/// patrols of the grids they may see; admins and designers see all. Only the patrol's inspector adds to it.
/// </summary>
public static class PatrolAccess
{
    public static bool CanSee(this Caller caller, Guid inspectorId, GridIndexEntry? grid) =>
        caller.IsInspectorOnly
            ? caller.InspectorId == inspectorId
            : caller.SeesAllRegions || (grid is not null && caller.CanSeeGrid(grid.RegionPath, grid.InspectorId));

    public static bool Records(this Caller caller, Guid inspectorId) => caller.InspectorId == inspectorId;
}
