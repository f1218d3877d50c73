namespace GridFlow.Contracts.Accounts;

/// <summary>
/// A new account. <c>regionId</c> is required for every role but <c>admin</c> and <c>designer</c>; <c>inspectorId</c>
/// links an <c>inspector</c> account to its inspector record (one account per inspector) and is only for that role.
/// </summary>
public sealed record CreateUserRequest(
    [property: Required, StringLength(UserLimits.UserName, MinimumLength = 1)] string? UserName,
    [property: Required, StringLength(UserLimits.DisplayName, MinimumLength = 1)] string? DisplayName,
    [property: Required, StringLength(UserLimits.Password, MinimumLength = 1)] string? Password,
    [property: Required, MinLength(1), MaxLength(UserLimits.Roles)] IReadOnlyList<string>? Roles,
    Guid? RegionId,
    Guid? InspectorId,
    [property: EmailAddress, StringLength(UserLimits.Email)] string? Email);
