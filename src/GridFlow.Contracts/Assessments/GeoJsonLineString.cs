namespace GridFlow.Contracts.Assessments;

/// <summary>A GeoJSON LineString (RFC 7946): [longitude, latitude] positions in time order.</summary>
public sealed record GeoJsonLineString(string Type, double[][] Coordinates);
