namespace GridFlow.Assessments.Appeals;

/// <summary>
/// Who sees appeals: as results are seen (<c>RunAccess</c>) — admins and designers all, an inspector their own,
/// supervisors and officers those of their region. Only the inspector files one, against their own result.
/// </summary>
public static class AppealAccess
{
    public static IQueryable<AssessmentAppeal> VisibleTo(this IQueryable<AssessmentAppeal> appeals, Caller caller)
    {
        if (caller.SeesAllRegions)
        {
            return appeals;
        }

        if (caller.IsInspectorOnly)
        {
            var own = caller.InspectorId!.Value;
            return appeals.Where(a => a.InspectorId == own);
        }

        var prefix = caller.RegionPrefix!;
        return appeals.Where(a => a.RegionPath.StartsWith(prefix));
    }

    /// <summary>Is the caller the inspector whose result this is?</summary>
    public static bool IsInspector(this Caller caller, Guid inspectorId) => caller.InspectorId == inspectorId;
}
