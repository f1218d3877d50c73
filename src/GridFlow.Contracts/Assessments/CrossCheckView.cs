namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A cross-check (交叉检查): its grid, checker and due time, its status (derived from its case's workflow), the
/// checker's task and the issues reported for it.
/// </summary>
public sealed record CrossCheckView(
    string Id,
    string GridId,
    string CheckerUserId,
    DateTimeOffset DueAt,
    string Status,
    string? TaskId,
    IReadOnlyList<string> IssueIds,
    string CaseId,
    string OrderedBy,
    DateTimeOffset OrderedAt);
