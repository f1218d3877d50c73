namespace GridFlow.Data.Regions;

/// <summary>A full-time grid inspector (网格员).</summary>
public class Inspector : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public InspectorStatus Status { get; set; } = InspectorStatus.Active;

    public DateOnly HireDate { get; set; }

    /// <summary>The township the inspector belongs to.</summary>
    public Guid RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>The login account of the inspector, if they have one.</summary>
    public string? UserId { get; set; }

    public List<Grid> Grids { get; set; } = [];
}
