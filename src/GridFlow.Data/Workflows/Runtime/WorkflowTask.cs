namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A human task. The assignee is resolved when the task opens: a user, an inspector, or a role within a
/// region (e.g. the township officers of one township), so an inbox is an index lookup.
/// </summary>
public class WorkflowTask
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid IssueId { get; set; }

    public required string ActivityId { get; set; }

    public required string Name { get; set; }

    public required string AssigneeRule { get; set; }

    public string? AssigneeUserId { get; set; }

    public Guid? AssigneeInspectorId { get; set; }

    public string? AssigneeRole { get; set; }

    public Guid? AssigneeRegionId { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>open, done or cancelled.</summary>
    public required string Status { get; set; }

    /// <summary>The outcome ports (jsonb array).</summary>
    public required string Outcomes { get; set; }

    /// <summary>The form fields required on completion (jsonb array).</summary>
    public required string Form { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>The submitted form data (jsonb).</summary>
    public string? Data { get; set; }
}
