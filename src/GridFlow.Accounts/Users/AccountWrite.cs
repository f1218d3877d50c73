namespace GridFlow.Accounts.Users;

/// <summary>The outcome of an account write: the account as it is now, the bad fields (400), or a conflict (409).</summary>
public sealed record AccountWrite(UserView? User, Dictionary<string, string[]>? Errors, string? Conflict)
{
    public static AccountWrite Done(UserView user) => new(user, null, null);

    public static AccountWrite Invalid(Dictionary<string, string[]> errors) => new(null, errors, null);

    public static AccountWrite Conflicting(string why) => new(null, null, why);
}
