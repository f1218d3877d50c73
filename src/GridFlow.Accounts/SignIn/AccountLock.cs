namespace GridFlow.Accounts.SignIn;

/// <summary>
/// Whether an account may not sign in now: Identity's rule (lockout enabled and a lockout end still ahead), read on
/// GridFlow's clock. GridFlow has no separate "disabled" flag: disabling an account is a lockout that never ends
/// (<see cref="DateTimeOffset.MaxValue"/>).
/// </summary>
public static class AccountLock
{
    public static bool IsLocked(bool lockoutEnabled, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnabled && lockoutEnd > now;
}
