namespace GridFlow.Accounts.Sessions;

/// <summary>Whether an access token's session still lets it in, and if not, why (for the log).</summary>
public enum SessionVerdict
{
    Active,

    /// <summary>The token names no session (made before sessions existed, or by something else).</summary>
    NoSession,
    AccountGone,
    Revoked,
    CredentialsChanged,
    LockedOrDisabled,
}
