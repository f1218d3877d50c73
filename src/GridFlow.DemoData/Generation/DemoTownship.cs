namespace GridFlow.DemoData.Generation;

/// <summary>A real township (code and name) with a synthetic extent tiled by its grids.</summary>
public sealed record DemoTownship(string Code, string Name, Polygon Extent, IReadOnlyList<DemoGrid> Grids);
