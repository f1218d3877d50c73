namespace GridFlow.Accounts.Users;

/// <summary>What checking a requested account found: why the caller may not ask for it (403), or the bad fields (400).</summary>
public sealed record AccountCheck(string? Forbidden, Dictionary<string, string[]> Errors)
{
    public bool Passed => Forbidden is null && Errors.Count == 0;
}
