namespace GridFlow.Assessments.Sources;

/// <summary>
/// Who sees and who keeps a grid's pollution sources: those who see the grid see them (the inspector their own grids,
/// supervisors and officers the grids of their region, admins and designers all); the grid's inspector keeps them, and
/// admins may too. Supervisors review, they do not write (403).
/// </summary>
public static class SourceAccess
{
    public static bool CanSeeSourcesOf(this Caller caller, GridIndexEntry? grid) =>
        caller.SeesAllRegions || (grid is not null && caller.CanSeeGrid(grid.RegionPath, grid.InspectorId));

    public static bool KeepsSourcesOf(this Caller caller, GridIndexEntry? grid) =>
        caller.IsAdmin || (grid is not null && caller.InspectorId is { } inspectorId && grid.InspectorId == inspectorId);
}
