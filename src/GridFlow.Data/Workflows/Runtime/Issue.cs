namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A case the workflow engine runs for, and where it stands: mostly an environmental problem (问题, kind
/// <c>issue</c>), else a cross-check or an appeal (<see cref="Kind"/>). The location fixes the grid, and the grid fixes the
/// township, county and city, which are kept on the row so that scoping and task assignment need no joins.
/// </summary>
public class Issue
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Category { get; set; }

    public required string Description { get; set; }

    public double Lat { get; set; }

    public double Lon { get; set; }

    public string? Address { get; set; }

    /// <summary>patrol, public, supervisor or cross-check.</summary>
    public required string Source { get; set; }

    public DateTimeOffset DiscoveredAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public required string ReportedBy { get; set; }

    public Guid? ReporterInspectorId { get; set; }

    public Guid GridId { get; set; }

    /// <summary>The township that owns the grid.</summary>
    public Guid RegionId { get; set; }

    public Guid CountyId { get; set; }

    public Guid CityId { get; set; }

    /// <summary>The township's region path, for prefix scoping.</summary>
    public required string RegionPath { get; set; }

    /// <summary>The public status, as the workflow last set it.</summary>
    public required string Status { get; set; }

    public bool Overdue { get; set; }

    public int EscalationLevel { get; set; }

    public Guid WorkflowInstanceId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What the case is (<c>CaseKinds</c>): only <c>issue</c> rows are reported problems that lists and assessments count.</summary>
    public string Kind { get; set; } = "issue";

    /// <summary>The user the case is for (a cross-check's checker), whom the <c>designatedUser</c> assignee rule names.</summary>
    public string? DesignatedUserId { get; set; }

    /// <summary>The cross-check this issue was reported for, when a checker reported it.</summary>
    public Guid? CrossCheckId { get; set; }
}
