using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.Trainings;

/// <summary>
/// Who records and who sees a training. Admins record anywhere; city and county supervisors for their own region or a
/// county in it. Everyone sees the trainings on their line: for the regions in their scope and for those containing it
/// (a township officer sees their county's and the city's); an inspector those for their township's line and those
/// they attended; admins and designers all.
/// </summary>
public static class TrainingAccess
{
    public static bool RecordsTrainings(this Caller caller) =>
        caller.IsAdmin || caller.IsInRole(AccountRoles.CitySupervisor) || caller.IsInRole(AccountRoles.CountySupervisor);

    /// <summary>May the caller record a training for (or the attendance of one held for) the region at <paramref name="regionPath"/>?</summary>
    public static bool RecordsTrainingsFor(this Caller caller, string regionPath) =>
        caller.IsAdmin || (caller.RecordsTrainings() && caller.RegionPath is { } own && regionPath.StartsWith(own, StringComparison.Ordinal));

    /// <summary>Is <paramref name="regionPath"/> on the line of the caller's scope (<paramref name="line"/>: their region or, for an inspector, their township)?</summary>
    public static bool IsOnLine(string regionPath, string line) =>
        regionPath.StartsWith(line, StringComparison.Ordinal) || line.StartsWith(regionPath, StringComparison.Ordinal);
}
