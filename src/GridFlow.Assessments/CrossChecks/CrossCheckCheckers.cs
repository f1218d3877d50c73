using GridFlow.Accounts.Contracts;
using GridFlow.Accounts.Directory;
using GridFlow.Regions.Directory;
using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// Who may be chosen to cross-check a grid, as <see cref="CrossCheckInputRules"/> accepts them: enabled inspector
/// accounts other than the grid's own inspector, within the orderer's region (admins: everywhere), and enabled county or
/// city supervisors whose region contains the grid. Supervisors first, then by name; <c>search</c> matches the display
/// or user name. The accounts are the Accounts module's (<see cref="UserDirectory"/>), the regions the Regions module's.
/// </summary>
public sealed class CrossCheckCheckers(UserDirectory users, RegionDirectory regions, ICallerPlaces places)
{
    public async Task<PagedList<CrossCheckerView>> ListAsync(Caller caller, GridIndexEntry grid, string? search, PageQuery paging, CancellationToken cancellationToken)
    {
        var ancestors = new List<Guid>();
        for (var region = await regions.FindAsync(grid.RegionId, cancellationToken); region is not null;
             region = region.ParentId is { } parent ? await regions.FindAsync(parent, cancellationToken) : null)
        {
            ancestors.Add(region.Id);
        }

        IReadOnlyCollection<Guid>? within = caller.IsAdmin ? null
            : caller.RegionPath is { } prefix ? await places.RegionIdsUnderAsync(prefix, cancellationToken) : [];
        var (total, page) = await users.CandidatesAsync(
            new CandidateQuery(grid.InspectorId, within, [AccountRoles.CountySupervisor, AccountRoles.CitySupervisor], ancestors, search, paging.Skip, paging.Size),
            cancellationToken);
        var items = page.Select(c => new CrossCheckerView(
            c.User.UserId, string.IsNullOrEmpty(c.User.DisplayName) ? c.User.UserName : c.User.DisplayName, c.User.UserName,
            c.Supervisor ? "supervisor" : "inspector", c.RegionId?.ToString())).ToList();
        return new PagedList<CrossCheckerView>(items, total, paging.PageNumber, paging.Size);
    }
}
