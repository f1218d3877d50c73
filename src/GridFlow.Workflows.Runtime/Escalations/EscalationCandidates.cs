using GridFlow.Accounts.Directory;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Scoping;

namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>
/// Whom a supervisor may reassign an escalated task to, as a list to choose from: the officers and supervisors of the
/// issue's township, county and city and the inspector of its grid, each checked as reassigning checks them (a role that
/// works tasks, and the issue visible to them), so that every name offered is one the action accepts.
/// </summary>
public sealed class EscalationCandidates(GridFlowDbContext db, UserDirectory users, RegionDirectory regions, GridSpatialIndex grids)
{
    private static readonly string[] RegionRoles = [Roles.TownshipOfficer, Roles.CountySupervisor, Roles.CitySupervisor];

    private static readonly HashSet<string> TaskRoles = [Roles.Inspector, Roles.TownshipOfficer, Roles.CountySupervisor, Roles.CitySupervisor];

    public async Task<RuntimeResult<List<AssigneeCandidate>>> ListAsync(Caller caller, Guid escalationId, CancellationToken cancellationToken)
    {
        var issue = await (from e in db.Escalations.AsNoTracking()
                           join s in db.Issues on e.IssueId equals s.Id
                           where e.Id == escalationId
                           select new { s.RegionPath, s.GridId, s.ReportedBy, s.RegionId, s.CountyId, s.CityId }).SingleOrDefaultAsync(cancellationToken);
        if (issue is null || !EscalationAccess.CanSee(caller, issue.RegionPath))
        {
            return RuntimeFailure.NotFound("Escalation");
        }

        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        var contacts = new List<UserContact>();
        foreach (var regionId in new[] { issue.RegionId, issue.CountyId, issue.CityId }.Distinct())
        {
            foreach (var role in RegionRoles)
            {
                contacts.AddRange(await users.InRoleAsync(role, regionId, cancellationToken));
            }
        }

        if (snapshot.Find(issue.GridId)?.InspectorId is { } inspectorId)
        {
            contacts.AddRange(await users.ByInspectorAsync(inspectorId, cancellationToken));
        }

        var candidates = new List<AssigneeCandidate>();
        foreach (var contact in contacts.DistinctBy(c => c.UserId))
        {
            if (await users.ScopeAsync(contact.UserId, cancellationToken) is not { Disabled: false } scope || !scope.Roles.Overlaps(TaskRoles))
            {
                continue;
            }

            var path = scope.RegionId is { } regionId ? (await regions.FindAsync(regionId, cancellationToken))?.Path : null;
            var holder = new Caller(scope.UserId, scope.UserName, scope.Roles, scope.RegionId, path, scope.InspectorId);
            if (IssueVisibility.CanSee(holder, issue.RegionPath, issue.GridId, issue.ReportedBy, snapshot))
            {
                candidates.Add(new AssigneeCandidate(scope.UserName, contact.DisplayName, [.. scope.Roles.Where(TaskRoles.Contains).Order(StringComparer.Ordinal)]));
            }
        }

        return candidates.OrderBy(c => c.UserName, StringComparer.Ordinal).ToList();
    }
}
