namespace GridFlow.DemoData.Seeding;

/// <summary>One demo account to create: its role, zh-CN display name and where it works.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="Role">Its one role.</param>
/// <param name="DisplayName">zh-CN name shown in the UI.</param>
/// <param name="RegionCode">Code of the region it works in.</param>
/// <param name="InspectorGridCode">For the inspector account: the grid whose inspector it signs in as.</param>
internal sealed record DemoAccount(string UserName, string Role, string DisplayName, string RegionCode, string? InspectorGridCode = null)
{
    public string Email => $"{UserName}@{DemoAccounts.EmailDomain}";
}
