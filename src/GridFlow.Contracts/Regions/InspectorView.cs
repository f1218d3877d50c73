namespace GridFlow.Contracts.Regions;

public sealed record InspectorView(
    string Id,
    string Name,
    string RegionId,
    IReadOnlyList<string> GridIds,
    string Status,
    string? Phone,
    string? Email,
    DateOnly HireDate);
