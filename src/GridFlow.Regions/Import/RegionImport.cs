namespace GridFlow.Regions.Import;

/// <summary>A region to import: its official code, name, level, its parent's code (none for a city) and its extent.</summary>
public sealed record RegionImport(string Code, string Name, RegionLevel Level, string? ParentCode, Polygon Extent);
