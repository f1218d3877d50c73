using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Who reads a run's regional views (rankings, the dismissal list, the export, the bulletin, the region figures) and who
/// confirms a dismissal. api.md: "An inspector sees only their own results"; every regional view names or ranks other
/// inspectors, so an inspector (and no one else who sees results) gets 403 rather than a view cut down to one row.
/// The others see the views over the results <see cref="Runs.RunAccess.Visible"/> lets them see.
/// </summary>
public static class ResultAccess
{
    public static bool ReadsRegionalResults(this Caller caller) => !caller.IsInspectorOnly;

    /// <summary>A county supervisor (for their county's inspectors), a city supervisor, an admin.</summary>
    public static bool ConfirmsDismissals(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);
}
