namespace GridFlow.Data.Regions;

/// <summary>An administrative region (city, county or township) with its official code.</summary>
public class Region
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Official division code (e.g. 3715, 371502, 371502001).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public RegionLevel Level { get; set; }

    public Guid? ParentId { get; set; }

    public Region? Parent { get; set; }

    /// <summary>
    /// Materialised path of codes from the city down, e.g. <c>/3715/371502/</c>. Scoping a caller to
    /// "their region and everything below it" is then a prefix match instead of a recursive query.
    /// </summary>
    public required string Path { get; set; }

    /// <summary>Known extent of the region, if any; new grids must lie inside it.</summary>
    public Polygon? Extent { get; set; }

    public List<Region> Children { get; set; } = [];
}
