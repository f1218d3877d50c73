namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A transition that failed (an expression that threw or timed out). The transition was rolled back; the
/// incident keeps the stimulus so it can be retried, e.g. after the instance moved to a fixed version.
/// </summary>
public class WorkflowIncident
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid IssueId { get; set; }

    public string? ActivityId { get; set; }

    /// <summary>What was being done (jsonb): start, or complete with task, outcome, data and actor.</summary>
    public required string Stimulus { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }
}
