namespace GridFlow.Contracts.Accounts;

/// <summary>The longest values an account's fields take (the columns of Identity's user table).</summary>
public static class UserLimits
{
    public const int UserName = 256;
    public const int DisplayName = 128;
    public const int Email = 256;
    public const int Password = 256;

    /// <summary>An account holds at most every role once.</summary>
    public const int Roles = 6;
}
