namespace GridFlow.Contracts.Accounts;

/// <summary>
/// Replaces an account's name, roles, region, inspector and mail address (its password has an endpoint of its own).
/// User names do not change: <c>userName</c> may be left out, and when given it must be the account's own.
/// </summary>
public sealed record UpdateUserRequest(
    [property: StringLength(UserLimits.UserName, MinimumLength = 1)] string? UserName,
    [property: Required, StringLength(UserLimits.DisplayName, MinimumLength = 1)] string? DisplayName,
    [property: Required, MinLength(1), MaxLength(UserLimits.Roles)] IReadOnlyList<string>? Roles,
    Guid? RegionId,
    Guid? InspectorId,
    [property: EmailAddress, StringLength(UserLimits.Email)] string? Email);
