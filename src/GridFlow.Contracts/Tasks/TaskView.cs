namespace GridFlow.Contracts.Tasks;

/// <summary>A task as the API shows it (../shared/api.md, "Issues and tasks"); <c>kind</c> is the kind of its case.</summary>
public sealed record TaskView(
    string Id,
    string IssueId,
    string ActivityId,
    string Name,
    AssigneeView Assignee,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes,
    string Status,
    IReadOnlyList<FormFieldView> Form,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? Outcome,
    string Kind = Issues.CaseKinds.Issue);
