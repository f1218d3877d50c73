namespace GridFlow.Accounts.SignIn;

/// <summary>The account whose password was right and which may sign in, or why not.</summary>
public sealed record PasswordCheckResult(GridFlowUser? User, PasswordRefusal? Refusal)
{
    public static PasswordCheckResult Passed(GridFlowUser user) => new(user, null);

    public static PasswordCheckResult Refused(PasswordRefusal refusal) => new(null, refusal);
}
