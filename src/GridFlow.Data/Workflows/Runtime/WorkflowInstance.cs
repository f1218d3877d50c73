namespace GridFlow.Data.Workflows.Runtime;

/// <summary>A running (or finished) workflow: its pinned definition version and its state document.</summary>
public class WorkflowInstance
{
    public Guid Id { get; set; }

    public Guid IssueId { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    /// <summary>running, completed.</summary>
    public required string Status { get; set; }

    /// <summary>The engine's instance state (jsonb): variables, open tasks, join arrivals.</summary>
    public required string State { get; set; }

    /// <summary>Incremented by every transition.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
