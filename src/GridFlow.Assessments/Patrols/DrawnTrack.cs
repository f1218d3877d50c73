namespace GridFlow.Assessments.Patrols;

/// <summary>A patrol's track as PostGIS drew and measured it: geodesic length, the part inside the grid, distance over time, and the track itself.</summary>
public sealed record DrawnTrack(double Meters, double InsideMeters, TrackProfile Profile, GeoJsonLineString? Track);
