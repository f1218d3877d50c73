namespace GridFlow.Data.Workflows.Runtime;

/// <summary>One thing a supervisor did about an escalation: urge, reassign, extend or close, with the reason.</summary>
public class EscalationAction
{
    public long Id { get; set; }

    public Guid EscalationId { get; set; }

    public required string Action { get; set; }

    public string? Comment { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The action's details (jsonb): the new assignee, the new due time.</summary>
    public string? Data { get; set; }
}
