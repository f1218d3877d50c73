namespace GridFlow.Data.Assessments;

/// <summary>A visit at a <see cref="PollutionSource"/>: made near it, with at least one photo; it counts as visited at <see cref="At"/>.</summary>
public class PollutionSourceCheckIn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SourceId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Where the phone was: a WGS84 point (SRID 4326).</summary>
    public required Point Location { get; set; }

    /// <summary>Attachment ids of its photos (at least one).</summary>
    public List<Guid> Photos { get; set; } = [];

    public string? Notes { get; set; }

    /// <summary>The account that checked in.</summary>
    public required string CheckedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
