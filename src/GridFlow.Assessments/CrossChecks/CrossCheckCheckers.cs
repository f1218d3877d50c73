using GridFlow.Accounts.SignIn;
using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// Who may be chosen to cross-check a grid, as <see cref="CrossCheckInputRules"/> accepts them: enabled inspector
/// accounts other than the grid's own inspector, within the orderer's region (admins: everywhere), and enabled county or
/// city supervisors whose region contains the grid. Supervisors first, then by name; <c>search</c> matches the display
/// or user name.
/// </summary>
public sealed class CrossCheckCheckers(GridFlowDbContext db)
{
    public async Task<PagedList<CrossCheckerView>> ListAsync(Caller caller, GridIndexEntry grid, string? search, PageQuery paging, CancellationToken cancellationToken)
    {
        // The grid's path is /3715/371502/371502001/: its ancestors are its prefixes ending in '/'.
        var ancestors = Enumerable.Range(1, grid.RegionPath.Length - 1).Where(i => grid.RegionPath[i] == '/').Select(i => grid.RegionPath[..(i + 1)]).ToList();
        var prefix = caller.IsAdmin ? null : caller.RegionPath ?? "/-none-/";
        var inspectorRole = AccountRoles.Inspector;
        string[] supervisorRoles = [AccountRoles.CountySupervisor, AccountRoles.CitySupervisor];
        var gridInspector = grid.InspectorId;
        var query =
            from u in db.Users.AsNoTracking()
            where !(u.LockoutEnabled && u.LockoutEnd >= AccountLock.DisabledFrom)
            let isInspector = u.InspectorId != null && u.InspectorId != gridInspector
                              && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == inspectorRole))
                              && (prefix == null || db.Regions.Any(r => r.Id == u.RegionId && r.Path.StartsWith(prefix)))
            let isSupervisor = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && supervisorRoles.Contains(r.Name!)))
                               && db.Regions.Any(r => r.Id == u.RegionId && ancestors.Contains(r.Path))
            where isInspector || isSupervisor
            select new { u.Id, u.DisplayName, u.UserName, u.RegionId, IsSupervisor = isSupervisor };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.UserName!, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(u => u.IsSupervisor).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var items = rows.Select(u => new CrossCheckerView(
            u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? "" : u.DisplayName, u.UserName ?? "", u.IsSupervisor ? "supervisor" : "inspector",
            u.RegionId?.ToString())).ToList();
        return new PagedList<CrossCheckerView>(items, total, paging.PageNumber, paging.Size);
    }
}
