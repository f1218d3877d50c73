namespace GridFlow.Contracts.Regions;

public sealed record GridSummary(string Id, string Code, string Name, string RegionId, string? InspectorId);
