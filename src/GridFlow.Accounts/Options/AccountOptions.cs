using System.ComponentModel.DataAnnotations;

namespace GridFlow.Accounts.Options;

/// <summary>Sign-in, token and lockout settings (section <c>Accounts</c>).</summary>
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

    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>Failed passwords in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Login attempts allowed per client address in each window.</summary>
    [Range(1, 100_000)]
    public int LoginPermitLimit { get; set; } = 10;

    [Range(1, 3600)]
    public int LoginWindowSeconds { get; set; } = 60;
}
