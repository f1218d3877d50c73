namespace GridFlow.Accounts.Provisioning;

/// <summary>An account to create: its sign-in name, display name, role, the region it is scoped to, and its inspector (for inspectors).</summary>
public sealed record NewAccount(string UserName, string DisplayName, string? Email, string Role, Guid RegionId, Guid? InspectorId, string Password);
