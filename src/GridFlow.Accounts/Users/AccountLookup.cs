using GridFlow.Accounts.Contracts;
using GridFlow.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Users;

/// <summary>
/// The account a request is about, as the caller may reach it: the account (tracked by the request's DbContext), or
/// the refusal — 403 for a caller who manages no accounts, 404 when there is no such account or it lies outside the
/// caller's county, 403 when the caller sees it but may not manage it.
/// </summary>
public sealed record AccountLookup(GridFlowUser? User, ProblemHttpResult? Refusal)
{
    public static async Task<AccountLookup> FindAsync(
        GridFlowDbContext db, ICallerPlaces places, AccountAuthority authority, Guid id, bool toManage, CancellationToken cancellationToken)
    {
        if (!authority.MayManageAccounts)
        {
            return new(null, UserProblems.NotAManager());
        }

        var userId = id.ToString();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is not null && authority.RegionPrefix is not null)
        {
            var path = user.RegionId is { } regionId ? await places.RegionPathAsync(regionId, cancellationToken) : null;
            user = authority.Sees(path) ? user : null;
        }

        if (user is null)
        {
            return new(null, UserProblems.NotFound());
        }

        if (toManage)
        {
            var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
            if (!authority.MayHold(roles))
            {
                return new(null, UserProblems.Forbidden(UserProblems.CountyRoles));
            }
        }

        return new(user, null);
    }
}
