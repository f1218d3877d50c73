using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Tasks;

/// <summary>
/// A task as the API shows it (../shared/api.md, "Issues and tasks"); <c>kind</c> is the kind of its case. A done task
/// read on its own (<c>GET /api/tasks/{id}</c>) carries what was submitted: <see cref="Comment"/> and <see cref="Data"/>;
/// lists and single tasks carry <see cref="Issue"/>; each is left out where it does not apply.
/// </summary>
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
    string Kind = Issues.CaseKinds.Issue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Data = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TaskIssueView? Issue = null);
