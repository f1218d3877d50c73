namespace GridFlow.Workflows.Runtime.Scoping;

/// <summary>
/// Who sees an issue: callers whose region contains it; an inspector sees the issues of their grids and the
/// ones they reported (tasks assigned to a caller are visible to them whatever the region).
/// </summary>
public static class IssueVisibility
{
    public static bool CanSee(Caller caller, string regionPath, Guid gridId, string reportedBy, GridIndexSnapshot grids)
    {
        if (caller.IsInspectorOnly)
        {
            return reportedBy == caller.UserId || grids.Find(gridId)?.InspectorId == caller.InspectorId;
        }

        return caller.RegionPrefix is not { } prefix || regionPath.StartsWith(prefix, StringComparison.Ordinal);
    }
}
