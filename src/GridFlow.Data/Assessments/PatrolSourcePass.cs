namespace GridFlow.Data.Assessments;

/// <summary>
/// A finished patrol's track passing near a pollution source of its grid: how close it came (metres, geodesic), when the
/// patrol ended (a visit's time) and the patrol's summary. Recorded when the patrol finishes and when a source is created
/// or moved, for every pair closer than the recording radius, so "was this source visited?" is a lookup, not a spatial
/// query over tracks. The summary is copied from the patrol (a finished patrol's summary never changes) so that a run can
/// judge the passes by its scheme's patrol rule from this table's index alone.
/// </summary>
public class PatrolSourcePass
{
    public Guid PatrolId { get; set; }

    public Guid SourceId { get; set; }

    /// <summary>The patrol's end.</summary>
    public DateTimeOffset EndedAt { get; set; }

    /// <summary>The shortest geodesic distance from the track to the source.</summary>
    public double Meters { get; set; }

    public double Minutes { get; set; }

    public double Km { get; set; }

    public double InsideRatio { get; set; }

    public double MaxKmh { get; set; }
}
