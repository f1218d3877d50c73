using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.Schemes;

/// <summary>
/// Who edits schemes: admins, designers and city supervisors any scheme; a county supervisor only their county's own
/// (a scheme whose <c>regionId</c> is their county), for their inspectors.
/// </summary>
public static class SchemeEditors
{
    public static bool EditsSchemes(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.Designer) || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);

    public static bool Edits(this Caller caller, Guid? schemeRegionId) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.Designer) || caller.IsInRole(AccountRoles.CitySupervisor)
        || (caller.IsInRole(AccountRoles.CountySupervisor) && schemeRegionId is not null && schemeRegionId == caller.RegionId);
}
