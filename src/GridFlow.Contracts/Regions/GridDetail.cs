namespace GridFlow.Contracts.Regions;

/// <summary>One grid with its boundary, township, county and responsible inspector.</summary>
public sealed record GridDetail(
    string Id,
    string Code,
    string Name,
    string RegionId,
    string RegionName,
    string? InspectorId,
    string? InspectorName,
    GeoJsonPolygon Boundary,
    DateTimeOffset UpdatedAt);
