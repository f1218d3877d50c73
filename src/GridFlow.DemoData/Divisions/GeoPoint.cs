namespace GridFlow.DemoData.Divisions;

/// <summary>A WGS84 position.</summary>
public sealed record GeoPoint(double Lat, double Lon);
