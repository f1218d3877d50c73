namespace GridFlow.Data.Assessments;

/// <summary>
/// A pollution source (污染源) of a grid's archive, kept by the grid's inspector. It counts as visited by a valid patrol of
/// its grid passing near it or by a <see cref="PollutionSourceCheckIn"/>; the visits are read from those, never stored here.
/// </summary>
public class PollutionSource : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GridId { get; set; }

    public required string Name { get; set; }

    /// <summary>A code of <c>PollutionSourceKinds</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Where it is: a WGS84 point (SRID 4326).</summary>
    public required Point Location { get; set; }

    /// <summary>A key source (重点污染源), visited more often and scored when it is not.</summary>
    public bool Key { get; set; }

    public int VisitEveryDays { get; set; }

    public string? Notes { get; set; }

    /// <summary>Attachment ids of its photos.</summary>
    public List<Guid> Photos { get; set; } = [];

    /// <summary>The account that recorded it.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
