namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A timer of a task (reminder, deadline, escalation rung, timeout), written in the same transaction as the
/// task. Firing it is the scheduler's job; the lease columns let several nodes claim due timers safely.
/// </summary>
public class WorkflowTimer
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid InstanceId { get; set; }

    public Guid IssueId { get; set; }

    /// <summary>reminder, due, escalation or timeout.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public int? Level { get; set; }

    public string? Role { get; set; }

    public string? Scope { get; set; }

    public string? Card { get; set; }

    public string? Outcome { get; set; }

    /// <summary>
    /// On a pending row, the task's later rungs (jsonb array, earliest first), so a task's ladder is one row; the
    /// sweep writes the next rung as the new pending row when it fires this one. Null when nothing follows.
    /// </summary>
    public string? Rest { get; set; }

    /// <summary>pending, fired or cancelled.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
