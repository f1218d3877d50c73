using System.Collections.Concurrent;
using GridFlow.Accounts.Options;
using GridFlow.Data;
using GridFlow.Data.ReferenceData;
using GridFlow.ServiceDefaults.Caching;

namespace GridFlow.Accounts.Directory;

/// <summary>
/// The accounts other modules look people up in: a user's id by name (for the <c>user</c> assignee rule; names do
/// not change, so hits are kept), and whom to notify — a user, an inspector's account, everyone with a role in a
/// region. Reads go to the reference-data pool, so a caller holding a connection of its own never waits for one; the
/// contacts are kept for <see cref="AccountOptions.DirectoryCacheSeconds"/>.
/// </summary>
public sealed class UserDirectory(ReferenceDataContexts referenceData, TimeProvider clock, IOptions<AccountOptions> options)
{
    private readonly ConcurrentDictionary<string, string> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly TtlCache<(string Kind, string Key), IReadOnlyList<UserContact>> contacts =
        new(clock, () => TimeSpan.FromSeconds(options.Value.DirectoryCacheSeconds));

    /// <summary>Forgets the cached contacts; call it after this node changed accounts.</summary>
    public void Invalidate() => contacts.Clear();

    public async ValueTask<string?> FindIdAsync(string userName, CancellationToken cancellationToken)
    {
        if (ids.TryGetValue(userName, out var id))
        {
            return id;
        }

        await using var db = referenceData.Create();
        var normalized = userName.ToUpperInvariant();
        id = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is not null)
        {
            ids[userName] = id;
        }

        return id;
    }

    /// <summary>What a user may see and act on: their roles, region and inspector (null when there is no such user).</summary>
    public async Task<UserScope?> ScopeAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = referenceData.Create();
        var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Id, u.UserName, u.RegionId, u.InspectorId, u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(cancellationToken);
        return new UserScope(
            user.Id, user.UserName ?? "", roles.ToHashSet(StringComparer.Ordinal), user.RegionId, user.InspectorId, SignIn.AccountLock.IsDisabled(user.LockoutEnabled, user.LockoutEnd));
    }

    public ValueTask<IReadOnlyList<UserContact>> ByIdAsync(string userId, CancellationToken cancellationToken) =>
        contacts.GetAsync(("id", userId), _ => LoadAsync(db => db.Users.Where(u => u.Id == userId)), cancellationToken);

    /// <summary>The account(s) of an inspector (none when the inspector has no account).</summary>
    public ValueTask<IReadOnlyList<UserContact>> ByInspectorAsync(Guid inspectorId, CancellationToken cancellationToken) =>
        contacts.GetAsync(("inspector", inspectorId.ToString()), _ => LoadAsync(db => db.Users.Where(u => u.InspectorId == inspectorId)), cancellationToken);

    /// <summary>
    /// The accounts of many inspectors at once (an assessment run's 20,000), in one query and not cached: read once per
    /// run. An inspector with more than one account is listed once per account.
    /// </summary>
    public async Task<IReadOnlyList<(Guid InspectorId, UserContact User)>> ByInspectorsAsync(IReadOnlyCollection<Guid> inspectorIds, CancellationToken cancellationToken)
    {
        if (inspectorIds.Count == 0)
        {
            return [];
        }

        await using var db = referenceData.Create();
        var ids = inspectorIds.ToArray();
        var rows = await db.Users.AsNoTracking().Where(u => u.InspectorId != null && ids.Contains(u.InspectorId.Value))
            .OrderBy(u => u.Id).Select(u => new { InspectorId = u.InspectorId!.Value, u.Id, u.UserName, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.InspectorId, new UserContact(r.Id, r.UserName ?? "", r.DisplayName, r.Email))).ToList();
    }

    /// <summary>Everyone with <paramref name="role"/> whose region is <paramref name="regionId"/>, by user name.</summary>
    public ValueTask<IReadOnlyList<UserContact>> InRoleAsync(string role, Guid regionId, CancellationToken cancellationToken) =>
        contacts.GetAsync(("role", $"{role}@{regionId}"), _ => LoadAsync(db =>
            from u in db.Users
            where u.RegionId == regionId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
            orderby u.UserName
            select u), cancellationToken);

    /// <summary>Everyone with one of <paramref name="roles"/> who has a region, with that region.</summary>
    public async Task<IReadOnlyList<(UserContact User, Guid RegionId)>> WithRegionInRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        await using var db = referenceData.Create();
        var rows = await (from u in db.Users
                          where u.RegionId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!)))
                          orderby u.Id
                          select new { u.Id, u.UserName, u.DisplayName, u.Email, RegionId = u.RegionId!.Value })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (new UserContact(r.Id, r.UserName ?? "", r.DisplayName, r.Email), r.RegionId)).ToList();
    }

    /// <summary>
    /// A page of the enabled accounts <paramref name="query"/> describes (for choosing someone to give work to, such as
    /// a cross-check), supervisors first, then by display name; not cached.
    /// </summary>
    public async Task<(int Total, IReadOnlyList<UserCandidate> Page)> CandidatesAsync(CandidateQuery query, CancellationToken cancellationToken)
    {
        await using var db = referenceData.Create();
        var inspectorRole = GridFlow.Contracts.Accounts.Roles.Inspector;
        var except = query.ExceptInspectorId;
        var inspectorRegions = query.InspectorRegionIds?.ToArray();
        var anywhere = inspectorRegions is null;
        inspectorRegions ??= [];
        var supervisorRoles = query.SupervisorRoles.ToArray();
        var supervisorRegions = query.SupervisorRegionIds.ToArray();
        var rows =
            from u in db.Users.AsNoTracking()
            where !(u.LockoutEnabled && u.LockoutEnd >= SignIn.AccountLock.DisabledFrom)
            let supervisor = u.RegionId != null && supervisorRegions.Contains(u.RegionId.Value)
                             && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && supervisorRoles.Contains(r.Name!)))
            let inspector = u.InspectorId != null && u.InspectorId != except
                            && (anywhere || (u.RegionId != null && inspectorRegions.Contains(u.RegionId.Value)))
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == inspectorRole))
            where supervisor || inspector
            select new { u.Id, u.UserName, u.DisplayName, u.Email, u.RegionId, Supervisor = supervisor };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            rows = rows.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.UserName!, pattern));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(u => u.Supervisor).ThenBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return (total, page.Select(u => new UserCandidate(new UserContact(u.Id, u.UserName ?? "", u.DisplayName, u.Email), u.RegionId, u.Supervisor)).ToList());
    }

    private async Task<IReadOnlyList<UserContact>> LoadAsync(Func<GridFlowDbContext, IQueryable<GridFlowUser>> users)
    {
        await using var db = referenceData.Create();
        return await users(db).Select(u => new UserContact(u.Id, u.UserName ?? "", u.DisplayName, u.Email)).ToListAsync();
    }
}
