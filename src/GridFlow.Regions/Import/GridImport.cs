namespace GridFlow.Regions.Import;

/// <summary>A grid to import into a township (by code), with the inspector responsible for it.</summary>
public sealed record GridImport(string Code, string Name, string TownshipCode, Polygon Boundary, InspectorImport Inspector);
