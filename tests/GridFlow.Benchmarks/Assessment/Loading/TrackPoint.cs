namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>One fix of a generated track: WGS84 position and time (Unix seconds, the track's M).</summary>
public readonly record struct TrackPoint(double Lon, double Lat, double UnixSeconds);
