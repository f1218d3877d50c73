namespace GridFlow.Contracts.Accounts;

public sealed record MeResponse(
    string Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? RegionId,
    IReadOnlyList<string> GridIds);
