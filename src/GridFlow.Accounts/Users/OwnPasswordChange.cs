namespace GridFlow.Accounts.Users;

/// <summary>
/// A signed-in user setting their own password (the console's "my account"), through the same <see cref="AccountWriter"/>
/// as <c>POST /api/users/{id}/password</c>: Identity's rules, audited, and the new security stamp ends every session of
/// the account. The caller has checked the current password (through the sign-in service, so it is throttled).
/// </summary>
public sealed class OwnPasswordChange(UserManager<GridFlowUser> users, AccountWriter writer)
{
    public async Task<AccountWrite> SetAsync(string userId, string password, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user
            ? await writer.SetPasswordAsync(user, password, cancellationToken)
            : AccountWrite.Conflicting("The account no longer exists.");
}
