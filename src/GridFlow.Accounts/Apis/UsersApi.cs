using GridFlow.Accounts.Scoping;
using GridFlow.Accounts.Users;
using GridFlow.Contracts.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Apis;

/// <summary>
/// <c>/api/users</c>: people and their accounts. Admins manage any account anywhere; county supervisors see the accounts
/// of their county and manage its inspector and township-officer accounts (<see cref="AccountAuthority"/>); everyone else
/// is refused (403). An account outside the caller's county is not found (404); one they see but may not manage is
/// forbidden (403). Every write is audited; passwords never are.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Accounts")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapGet("/", ListAsync);
        users.MapGet("/{id:guid}", GetAsync);
        users.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPut("/{id:guid}", UpdateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/password", SetPasswordAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/disable", DisableAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/enable", EnableAsync).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<PagedList<UserView>>, ProblemHttpResult>> ListAsync(
        Caller caller, [AsParameters] UserServices services, Guid? regionId, string? role, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var authority = new AccountAuthority(caller);
        if (!authority.MayManageAccounts)
        {
            return UserProblems.NotAManager();
        }

        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (role is not null && !Roles.All.Contains(role))
        {
            errors["role"] = [$"Unknown role; the roles are {string.Join(", ", Roles.All)}."];
        }

        if (errors.Count > 0)
        {
            return UserProblems.Invalid(errors);
        }

        var under = authority.RegionPrefix;
        if (regionId is { } region)
        {
            under = await services.Places.RegionPathAsync(region, cancellationToken);
            if (under is null || !authority.Sees(under))
            {
                return TypedResults.Problem(title: "Not found.", detail: "No region you may see has this id.", statusCode: StatusCodes.Status404NotFound);
            }
        }

        var db = services.Db;
        var query = db.Users.AsNoTracking();
        if (under is not null)
        {
            var regions = await services.Places.RegionIdsUnderAsync(under, cancellationToken);
            query = query.Where(u => u.RegionId != null && regions.Contains(u.RegionId.Value));
        }

        if (role is not null)
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await UserViews.Project(db, query.OrderBy(u => u.NormalizedUserName).ThenBy(u => u.Id).Skip(paging.Skip).Take(paging.Size))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<UserView>(items, total, paging.PageNumber, paging.Size));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetAsync(
        Guid id, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var lookup = await FindAsync(id, caller, services, toManage: false, cancellationToken);
        return lookup.User is { } user ? TypedResults.Ok(await UserViews.OneAsync(services.Db, user.Id, cancellationToken)) : lookup.Refusal!;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var authority = new AccountAuthority(caller);
        if (!authority.MayManageAccounts)
        {
            return UserProblems.NotAManager();
        }

        var state = AccountState.Of(request);
        if (await CheckAsync(authority, state, null, services, cancellationToken) is { } refused)
        {
            return refused;
        }

        var write = await services.Writer.CreateAsync(request.UserName!, request.Password!, state, cancellationToken);
        return write.User is { } user ? TypedResults.Created($"/api/users/{user.Id}", user) : Refusal(write);
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateUserRequest request, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var lookup = await FindAsync(id, caller, services, toManage: true, cancellationToken);
        if (lookup.User is not { } account)
        {
            return lookup.Refusal!;
        }

        if (request.UserName is { } userName && !string.Equals(userName, account.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return UserProblems.Invalid("userName", "User names do not change: leave userName out or give the account's own.");
        }

        var state = AccountState.Of(request);
        if (account.Id == caller.UserId && !state.Roles.Order(StringComparer.Ordinal).SequenceEqual(caller.Roles.Order(StringComparer.Ordinal)))
        {
            return UserProblems.Forbidden("Nobody may change their own roles.");
        }

        if (await CheckAsync(new AccountAuthority(caller), state, account.Id, services, cancellationToken) is { } refused)
        {
            return refused;
        }

        var write = await services.Writer.UpdateAsync(account, state, cancellationToken);
        return write.User is { } user ? TypedResults.Ok(user) : Refusal(write);
    }

    /// <summary>Sets a new password: the account's sessions end (new security stamp) and the new password signs in.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SetPasswordAsync(
        Guid id, SetPasswordRequest request, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var lookup = await FindAsync(id, caller, services, toManage: true, cancellationToken);
        if (lookup.User is not { } account)
        {
            return lookup.Refusal!;
        }

        var write = await services.Writer.SetPasswordAsync(account, request.Password!, cancellationToken);
        return write.User is not null ? TypedResults.NoContent() : Refusal(write);
    }

    /// <summary>Disables the account: it may not sign in and its sessions are suspended. Nobody may disable themselves.</summary>
    public static Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        Guid id, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken) =>
        SetDisabledAsync(id, true, caller, services, cancellationToken);

    /// <summary>Enables the account again: it signs in, and its suspended sessions work again.</summary>
    public static Task<Results<NoContent, ProblemHttpResult>> EnableAsync(
        Guid id, Caller caller, [AsParameters] UserServices services, CancellationToken cancellationToken) =>
        SetDisabledAsync(id, false, caller, services, cancellationToken);

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabledAsync(
        Guid id, bool disabled, Caller caller, UserServices services, CancellationToken cancellationToken)
    {
        var lookup = await FindAsync(id, caller, services, toManage: true, cancellationToken);
        if (lookup.User is not { } account)
        {
            return lookup.Refusal!;
        }

        if (disabled && account.Id == caller.UserId)
        {
            return UserProblems.Forbidden("Nobody may disable their own account.");
        }

        var write = await services.Writer.SetDisabledAsync(account, disabled, cancellationToken);
        return write.User is not null ? TypedResults.NoContent() : Refusal(write);
    }

    private static Task<AccountLookup> FindAsync(Guid id, Caller caller, UserServices services, bool toManage, CancellationToken cancellationToken) =>
        AccountLookup.FindAsync(services.Db, services.Places, new AccountAuthority(caller), id, toManage, cancellationToken);

    /// <summary>Null when the requested account passes; otherwise 403 (a role or region the caller may not grant) or 400.</summary>
    private static async Task<ProblemHttpResult?> CheckAsync(
        AccountAuthority authority, AccountState state, string? userId, UserServices services, CancellationToken cancellationToken)
    {
        var check = await services.Checks.CheckAsync(authority, state, userId, cancellationToken);
        return check.Forbidden is { } why ? UserProblems.Forbidden(why)
            : check.Errors.Count > 0 ? UserProblems.Invalid(check.Errors)
            : null;
    }

    private static ProblemHttpResult Refusal(AccountWrite write) =>
        write.Errors is { } errors ? UserProblems.Invalid(errors) : UserProblems.Conflict(write.Conflict!);
}
