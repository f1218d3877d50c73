namespace GridFlow.Regions.Spatial;

/// <summary>What the spatial index keeps of a grid: enough to answer a lookup and scope it without the database.</summary>
public sealed record GridIndexEntry(Guid Id, string Code, string Name, Guid RegionId, string RegionPath, Guid? InspectorId, Polygon Boundary);
