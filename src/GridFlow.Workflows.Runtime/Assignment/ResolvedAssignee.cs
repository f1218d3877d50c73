namespace GridFlow.Workflows.Runtime.Assignment;

/// <summary>
/// Who a task belongs to, resolved when it opens: one user, one inspector, or everyone with a role in one
/// region (the officers of a township, the supervisors of a county). Exactly one form is set.
/// </summary>
public sealed record ResolvedAssignee(string Rule, string? UserId, Guid? InspectorId, string? Role, Guid? RegionId)
{
    /// <summary>True when the caller is (one of) the assignee(s).</summary>
    public bool Includes(Caller caller) =>
        (UserId is not null && UserId == caller.UserId)
        || (InspectorId is not null && InspectorId == caller.InspectorId)
        || (Role is not null && RegionId is not null && RegionId == caller.RegionId && caller.IsInRole(Role));
}
