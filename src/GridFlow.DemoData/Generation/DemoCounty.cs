namespace GridFlow.DemoData.Generation;

/// <summary>A real county-level unit with a synthetic rectangular extent around its seat.</summary>
public sealed record DemoCounty(string Code, string Name, GeoPoint Seat, Polygon Extent, IReadOnlyList<DemoTownship> Townships);
