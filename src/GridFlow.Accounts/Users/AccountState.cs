namespace GridFlow.Accounts.Users;

/// <summary>What a create or update asks an account to be (everything but its name and password), roles in order.</summary>
public sealed record AccountState(string DisplayName, IReadOnlyList<string> Roles, Guid? RegionId, Guid? InspectorId, string? Email)
{
    public static AccountState Of(CreateUserRequest request) => new(request.DisplayName!, Normalise(request.Roles!), request.RegionId, request.InspectorId, Blank(request.Email));

    public static AccountState Of(UpdateUserRequest request) => new(request.DisplayName!, Normalise(request.Roles!), request.RegionId, request.InspectorId, Blank(request.Email));

    private static List<string> Normalise(IReadOnlyList<string> roles) => roles.Select(r => r ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string? Blank(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
