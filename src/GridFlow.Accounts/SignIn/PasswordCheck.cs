namespace GridFlow.Accounts.SignIn;

/// <summary>
/// Checks a user name and password. The password is verified in every case (against a dummy hash when there is no
/// such account or it has no password, and before the lockout is looked at), so every refusal costs the same time.
/// A wrong password counts towards Identity's lockout (the backstop); a locked account's attempts do not.
/// </summary>
public sealed class PasswordCheck(UserManager<GridFlowUser> users, SignInManager<GridFlowUser> signIn, DummyPasswordHash dummy, TimeProvider clock)
{
    public async Task<PasswordCheckResult> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            dummy.Verify(users.PasswordHasher, password);
            return PasswordCheckResult.Refused(PasswordRefusal.UnknownUser);
        }

        var correct = await users.CheckPasswordAsync(user, password);
        if (AccountLock.IsLocked(user.LockoutEnabled, user.LockoutEnd, clock.GetUtcNow()))
        {
            return PasswordCheckResult.Refused(PasswordRefusal.LockedOrDisabled);
        }

        if (!correct)
        {
            await users.AccessFailedAsync(user);
            return PasswordCheckResult.Refused(PasswordRefusal.WrongPassword);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return PasswordCheckResult.Refused(PasswordRefusal.NotAllowed);
        }

        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return PasswordCheckResult.Passed(user);
    }
}
