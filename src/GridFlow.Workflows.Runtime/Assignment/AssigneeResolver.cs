using GridFlow.Accounts.Directory;

namespace GridFlow.Workflows.Runtime.Assignment;

/// <summary>
/// Turns an assignee rule into a concrete assignee for one issue, from memory (the grid index and the user
/// directory), so opening a task costs no query. When a rule finds nobody (a grid without an inspector, an
/// unknown user name, a case with no designated user) the task goes to the township's officers: every issue has an owner at every moment.
/// The one resolver of assignee rules: notifications resolve a <c>GridFlow.Notify</c> activity's recipients with it
/// too, so a rule means the same person whether it opens a task or sends a notice.
/// </summary>
public sealed partial class AssigneeResolver(GridSpatialIndex grids, UserDirectory users, ILogger<AssigneeResolver> logger)
{
    public async ValueTask<ResolvedAssignee> ResolveAsync(AssigneeRule rule, IssueContext issue, CancellationToken cancellationToken)
    {
        switch (rule.Rule)
        {
            case AssigneeRules.GridInspector:
                var snapshot = await grids.GetSnapshotAsync(cancellationToken);
                if (snapshot.Find(issue.GridId)?.InspectorId is { } inspector)
                {
                    return new ResolvedAssignee(rule.Rule, null, inspector, null, null);
                }

                break;
            case AssigneeRules.CrossCheckInspector:
                if (await CrossCheckerAsync(issue, cancellationToken) is { } checker)
                {
                    return new ResolvedAssignee(rule.Rule, null, checker, null, null);
                }

                break;
            case AssigneeRules.User when rule.UserName is not null:
                if (await users.FindIdAsync(rule.UserName, cancellationToken) is { } userId)
                {
                    return new ResolvedAssignee(rule.Rule, userId, null, null, null);
                }

                break;
            case AssigneeRules.DesignatedUser when issue.DesignatedUserId is not null:
                return new ResolvedAssignee(rule.Rule, issue.DesignatedUserId, null, null, null);
            case AssigneeRules.CountySupervisors:
                return new ResolvedAssignee(rule.Rule, null, null, Roles.CountySupervisor, issue.CountyId);
            case AssigneeRules.CitySupervisors:
                return new ResolvedAssignee(rule.Rule, null, null, Roles.CitySupervisor, issue.CityId);
            case AssigneeRules.TownshipOfficers:
                return new ResolvedAssignee(rule.Rule, null, null, Roles.TownshipOfficer, issue.TownshipId);
        }

        LogFallback(logger, rule.Rule, issue.Code);
        return new ResolvedAssignee(rule.Rule, null, null, Roles.TownshipOfficer, issue.TownshipId);
    }

    /// <summary>Another inspector of the township than the reporter and the grid's own, picked by the issue id so retries agree.</summary>
    private async ValueTask<Guid?> CrossCheckerAsync(IssueContext issue, CancellationToken cancellationToken)
    {
        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        var own = snapshot.Find(issue.GridId)?.InspectorId;
        var candidates = snapshot.InTownship(issue.TownshipId)
            .Select(g => g.InspectorId)
            .OfType<Guid>()
            .Where(i => i != own && i != issue.ReporterInspectorId)
            .Distinct()
            .ToList();
        return candidates.Count == 0 ? null : candidates[(int)((uint)issue.Id.GetHashCode() % (uint)candidates.Count)];
    }

    [LoggerMessage(LogLevel.Warning, "Assignee rule {Rule} found nobody for issue {IssueCode}; the township officers take the task")]
    private static partial void LogFallback(ILogger logger, string rule, string issueCode);
}
