namespace GridFlow.Accounts.Directory;

/// <summary>A user's roles, region and inspector: what decides what they may see (see <c>Caller</c>).</summary>
public sealed record UserScope(string UserId, string UserName, IReadOnlySet<string> Roles, Guid? RegionId, Guid? InspectorId);
