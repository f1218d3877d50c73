namespace GridFlow.Regions.Contracts;

public sealed record GridSummary(string Id, string Code, string Name, string RegionId, string? InspectorId);
