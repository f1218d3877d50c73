namespace GridFlow.Contracts.Regions;

/// <summary>A region and the regions below it, as <c>GET /api/regions</c> returns them.</summary>
public sealed record RegionNode(string Id, string Code, string Name, string Level, string? ParentId, List<RegionNode> Children);
