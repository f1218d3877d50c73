namespace GridFlow.Contracts.Accounts;

/// <summary>
/// An account as <c>/api/users</c> shows it. <c>disabled</c> is true while an administrator or county supervisor has
/// disabled it (a temporary lockout after failed sign-ins is not shown here).
/// </summary>
public sealed record UserView(
    string Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? RegionId,
    string? InspectorId,
    string? Email,
    bool Disabled);
