namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A supervision order (督办): an overdue task raised to supervisors at a level (1 yellow card to the county,
/// 2 red card to the city, 3 interview). One row per escalation timer, so a timer can never raise it twice.
/// </summary>
public class Escalation
{
    public Guid Id { get; set; }

    public Guid IssueId { get; set; }

    public Guid TaskId { get; set; }

    /// <summary>The timer that raised it (unique): firing the same timer again cannot add a second escalation.</summary>
    public Guid TimerId { get; set; }

    public int Level { get; set; }

    /// <summary>yellow, red or interview.</summary>
    public required string Card { get; set; }

    /// <summary>The supervisors who handle it: a role within a region.</summary>
    public required string Role { get; set; }

    public Guid RegionId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>open or resolved.</summary>
    public required string Status { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    /// <summary>How it was resolved: reassign, extend or close (urging leaves it open).</summary>
    public string? Resolution { get; set; }
}
