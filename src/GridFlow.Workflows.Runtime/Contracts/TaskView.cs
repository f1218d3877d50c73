using GridFlow.ServiceDefaults.Json;

namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// A task as the API shows it (../shared/api.md, "Issues and tasks"). The outcomes and the form are the task row's
/// <c>jsonb</c>, passed through as stored (camelCase, absent when null), not parsed and written again.
/// </summary>
public sealed record TaskView(
    string Id,
    string IssueId,
    string ActivityId,
    string Name,
    AssigneeView Assignee,
    DateTimeOffset? DueAt,
    RawJson<IReadOnlyList<string>> Outcomes,
    string Status,
    RawJson<IReadOnlyList<FormFieldView>> Form,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? Outcome);
