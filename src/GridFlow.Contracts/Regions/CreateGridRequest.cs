namespace GridFlow.Contracts.Regions;

public sealed record CreateGridRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? Code,
    [property: Required, StringLength(128, MinimumLength = 1)] string? Name,
    [property: Required] Guid? RegionId,
    [property: Required] GeoJsonPolygon? Boundary,
    Guid? InspectorId);
