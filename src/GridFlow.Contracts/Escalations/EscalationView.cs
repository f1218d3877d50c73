using GridFlow.Contracts.Tasks;

namespace GridFlow.Contracts.Escalations;

/// <summary>An escalation (督办) as the API shows it; <see cref="Assignee"/> is the task's current assignee.</summary>
public sealed record EscalationView(
    string Id,
    string IssueId,
    string TaskId,
    int Level,
    string Card,
    DateTimeOffset RaisedAt,
    AssigneeView Assignee,
    string Status,
    string? IssueCode = null,
    string? Category = null,
    string? RegionId = null,
    string? TaskName = null,
    DateTimeOffset? DueAt = null);
