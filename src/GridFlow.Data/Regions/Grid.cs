namespace GridFlow.Data.Regions;

/// <summary>A grid (网格): the smallest area of responsibility, with exactly one responsible inspector.</summary>
public class Grid : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The township that owns the grid.</summary>
    public Guid RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>Boundary in WGS84 (x = longitude, y = latitude).</summary>
    public required Polygon Boundary { get; set; }

    /// <summary>The currently responsible inspector; the history is in <see cref="GridAssignment"/>.</summary>
    public Guid? InspectorId { get; set; }

    public Inspector? Inspector { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bounding box, kept beside the boundary so neighbours can be found by an index scan.</summary>
    public double MinLon { get; set; }

    public double MinLat { get; set; }

    public double MaxLon { get; set; }

    public double MaxLat { get; set; }

    /// <summary>Sets the boundary together with the bounding box derived from it.</summary>
    public void SetBoundary(Polygon boundary)
    {
        Boundary = boundary;
        var envelope = boundary.EnvelopeInternal;
        (MinLon, MinLat, MaxLon, MaxLat) = (envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
    }
}
