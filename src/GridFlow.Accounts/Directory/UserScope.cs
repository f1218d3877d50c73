namespace GridFlow.Accounts.Directory;

/// <summary>
/// A user's roles, region and inspector: what decides what they may see (see <c>Caller</c>); and whether the account is
/// disabled, for modules that hand someone work (a cross-check's checker must be able to sign in).
/// </summary>
public sealed record UserScope(string UserId, string UserName, IReadOnlySet<string> Roles, Guid? RegionId, Guid? InspectorId, bool Disabled = false);
