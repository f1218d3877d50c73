using System.ComponentModel.DataAnnotations;

namespace GridFlow.Accounts.Options;

/// <summary>Sign-in, token, throttling and lockout settings (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>
    /// How long the user directory keeps who is in a role in a region, an inspector's account and a user's contact, so a
    /// burst of notifications does not look the same people up again for each. A new account on another node is found
    /// within this time; on the node that made it, at once.
    /// </summary>
    [Range(0, 3600)]
    public int DirectoryCacheSeconds { get; set; } = 10;

    /// <summary>How long a refresh token may be exchanged; each refresh hands out a new one with this lifetime.</summary>
    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>
    /// Identity's lockout, kept only as a backstop against guessing from many addresses at once: failed passwords in a
    /// row, from all addresses together, before the account is locked for <see cref="LockoutMinutes"/>. Set high, so
    /// that one address cannot lock anyone out (the per-address throttle stops it long before).
    /// </summary>
    [Range(1, 1000)]
    public int MaxFailedAccessAttempts { get; set; } = 50;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 60;

    /// <summary>Login and refresh attempts allowed per client address in each window.</summary>
    [Range(1, 100_000)]
    public int LoginPermitLimit { get; set; } = 10;

    [Range(1, 3600)]
    public int LoginWindowSeconds { get; set; } = 60;

    /// <summary>Failed sign-ins in a row from one address for one user name before that pair has to wait.</summary>
    [Range(1, 100)]
    public int LoginFreeFailures { get; set; } = 5;

    /// <summary>The first wait of a throttled pair; each further failure doubles it, up to <see cref="LoginBackoffMaxSeconds"/>.</summary>
    [Range(1, 3600)]
    public int LoginBackoffBaseSeconds { get; set; } = 1;

    [Range(1, 24 * 3600)]
    public int LoginBackoffMaxSeconds { get; set; } = 900;

    /// <summary>A pair's failures are forgotten after this long without a new one (and then deleted by the clean-up).</summary>
    [Range(1, 7 * 24 * 60)]
    public int LoginFailureMemoryMinutes { get; set; } = 60;

    /// <summary>
    /// How long a node trusts what it last read of a session (its account's lockout and security stamp, whether it was
    /// revoked) before reading it again. A lock, a new password or a logout on another node takes effect within this
    /// time; on the node that made it, a logout takes effect at once. 0 reads it on every request.
    /// </summary>
    [Range(0, 300)]
    public int SessionCheckSeconds { get; set; } = 5;

    /// <summary>The most sessions a node keeps in that cache; beyond it, sessions are read on every request.</summary>
    [Range(1, 10_000_000)]
    public int SessionCacheEntries { get; set; } = 100_000;
}
