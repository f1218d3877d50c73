namespace GridFlow.Accounts.Users;

/// <summary>Identity's refusals as problem-details errors keyed by the request field they are about, naming each rule broken.</summary>
public static class IdentityErrorFields
{
    public const string DuplicateUserName = nameof(IdentityErrorDescriber.DuplicateUserName);

    public static Dictionary<string, string[]> Of(IEnumerable<IdentityError> errors) => errors
        .GroupBy(e => FieldOf(e.Code))
        .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Description} ({e.Code})").ToArray());

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Role", StringComparison.Ordinal) ? "roles"
        : "body";
}
