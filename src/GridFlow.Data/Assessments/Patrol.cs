namespace GridFlow.Data.Assessments;

/// <summary>
/// A patrol (巡查) of one grid by its inspector. Its points are in <see cref="PatrolPoint"/> while it records; at finish
/// the track (a LINESTRING M, M = seconds since 1970) and the summary are computed by PostGIS and kept here for good,
/// so old points can be thinned without losing what the patrol counted for.
/// </summary>
public class Patrol
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectorId { get; set; }

    public Guid GridId { get; set; }

    /// <summary>The account that recorded it.</summary>
    public required string RecordedBy { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public int PointCount { get; set; }

    public LineString? Track { get; set; }

    public double? Minutes { get; set; }

    public double? Km { get; set; }

    public double? InsideRatio { get; set; }

    public double? MaxKmh { get; set; }

    public bool? Valid { get; set; }

    public List<string> InvalidReasons { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
