using GridFlow.Contracts.Accounts;

namespace GridFlow.Web.Components.Admin;

/// <summary>The account form's fields while they are edited; <see cref="Id"/> is null for a new account.</summary>
public sealed class UserDraft
{
    public string? Id { get; init; }

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    public string? RegionId { get; set; }

    public string? InspectorId { get; set; }

    public string? Email { get; set; }

    public static UserDraft Of(UserView user) => new()
    {
        Id = user.Id,
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Roles = [.. user.Roles],
        RegionId = user.RegionId,
        InspectorId = user.InspectorId,
        Email = user.Email,
    };

    public CreateUserRequest ToCreate() =>
        new(UserName, DisplayName, Password, [.. Roles], Guid.TryParse(RegionId, out var region) ? region : null,
            Guid.TryParse(InspectorId, out var inspector) ? inspector : null, string.IsNullOrWhiteSpace(Email) ? null : Email);

    public UpdateUserRequest ToUpdate() =>
        new(null, DisplayName, [.. Roles], Guid.TryParse(RegionId, out var region) ? region : null,
            Guid.TryParse(InspectorId, out var inspector) ? inspector : null, string.IsNullOrWhiteSpace(Email) ? null : Email);
}
