namespace GridFlow.Accounts.SignIn;

/// <summary>
/// Whether an account may not sign in now: Identity's rule (lockout enabled and a lockout end still ahead), read on
/// GridFlow's clock. GridFlow has no separate "disabled" flag: disabling an account is a lockout that never ends
/// (<see cref="DisabledUntil"/>).
/// </summary>
public static class AccountLock
{
    /// <summary>The lockout end of a disabled account.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    /// <summary>
    /// A lockout ending at or after this is a disabled account, not a backstop lockout (PostgreSQL keeps microseconds,
    /// so <see cref="DisabledUntil"/> comes back a little earlier than it went in).
    /// </summary>
    public static readonly DateTimeOffset DisabledFrom = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsLocked(bool lockoutEnabled, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnabled && lockoutEnd > now;

    public static bool IsDisabled(bool lockoutEnabled, DateTimeOffset? lockoutEnd) =>
        lockoutEnabled && lockoutEnd >= DisabledFrom;
}
