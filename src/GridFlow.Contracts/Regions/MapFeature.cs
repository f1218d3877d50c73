namespace GridFlow.Contracts.Regions;

/// <summary>A GeoJSON Feature whose <c>id</c> is the grid's or region's id (the key the statistics count by).</summary>
public sealed record MapFeature(string Type, string Id, GeoJsonPolygon Geometry, MapFeatureProperties Properties);
