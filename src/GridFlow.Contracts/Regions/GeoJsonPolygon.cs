namespace GridFlow.Contracts.Regions;

/// <summary>A GeoJSON Polygon (RFC 7946): rings of [longitude, latitude] positions, the first ring the outer boundary.</summary>
public sealed record GeoJsonPolygon(string? Type, double[][][]? Coordinates);
