using GridFlow.Contracts.Accounts;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>Who may change definitions, categories and the calendar: designers and admins. Everyone signed in may read them.</summary>
internal static class CallerPermissions
{
    public static bool CanDesign(this Caller caller) => caller.IsAdmin || caller.IsInRole(Roles.Designer);
}
