namespace GridFlow.Contracts.Accounts;

/// <summary>A new password for an account, set by an administrator or the account's county supervisor.</summary>
public sealed record SetPasswordRequest([property: Required, StringLength(UserLimits.Password, MinimumLength = 1)] string? Password);
