namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A cross-check (交叉检查): its grid, checker and due time, its status (derived from its case's workflow), the
/// checker's task and the issues reported for it; <c>gridCode</c>, <c>gridName</c> and <c>checkerName</c> name them for
/// people (a checker does not see the grid itself, nor a city supervisor the accounts), and <c>issueCodes</c> are the
/// codes of <c>issueIds</c>, in the same order.
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
    DateTimeOffset OrderedAt,
    string? GridCode = null,
    string? GridName = null,
    string? CheckerName = null,
    IReadOnlyList<string>? IssueCodes = null);
