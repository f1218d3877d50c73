namespace GridFlow.Contracts.Regions;

/// <summary>
/// <c>GET /api/regions/{id}/map</c>: a GeoJSON FeatureCollection (WGS-84) of the region's outline, its parts' outlines
/// and the grids in it that the caller may see; <c>bbox</c> is [west, south, east, north] of all of them.
/// </summary>
public sealed record RegionMap(string Type, double[]? Bbox, IReadOnlyList<MapFeature> Features);
