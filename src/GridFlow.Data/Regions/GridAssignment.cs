namespace GridFlow.Data.Regions;

/// <summary>One period during which an inspector was responsible for a grid.</summary>
public class GridAssignment
{
    public long Id { get; set; }

    public Guid GridId { get; set; }

    public Guid InspectorId { get; set; }

    public DateTimeOffset From { get; set; }

    /// <summary>End of the period; null while the inspector is still responsible.</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>The user who made the assignment.</summary>
    public string? AssignedBy { get; set; }
}
