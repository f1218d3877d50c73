namespace GridFlow.Web.Account;

/// <summary>What a password change came to, as the <c>password</c> query value of <c>/account</c> (each has its text).</summary>
public static class PasswordOutcome
{
    public const string Changed = "changed";
    public const string Mismatch = "mismatch";
    public const string WrongCurrent = "wrong";
    public const string Weak = "weak";
    public const string Throttled = "throttled";
}
