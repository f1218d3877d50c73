using System.ComponentModel.DataAnnotations;

namespace GridFlow.Accounts.Options;

/// <summary>Sign-in, token and lockout settings (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

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
