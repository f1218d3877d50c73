using GridFlow.Accounts.SignIn;
using GridFlow.Data;

namespace GridFlow.Accounts.Users;

/// <summary>Accounts as <see cref="UserView"/>s, with their roles, in one query.</summary>
public static class UserViews
{
    public static IQueryable<UserView> Project(GridFlowDbContext db, IQueryable<GridFlowUser> users) => users.Select(u => new UserView(
        u.Id,
        u.UserName ?? "",
        u.DisplayName,
        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToList(),
        u.RegionId == null ? null : u.RegionId.ToString(),
        u.InspectorId == null ? null : u.InspectorId.ToString(),
        u.Email,
        u.LockoutEnabled && u.LockoutEnd >= AccountLock.DisabledFrom));

    /// <summary>One account's view, read again inside the caller's unit of work.</summary>
    public static Task<UserView> OneAsync(GridFlowDbContext db, string userId, CancellationToken cancellationToken) =>
        Project(db, db.Users.AsNoTracking().Where(u => u.Id == userId)).SingleAsync(cancellationToken);
}
