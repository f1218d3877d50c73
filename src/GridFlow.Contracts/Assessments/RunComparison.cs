namespace GridFlow.Contracts.Assessments;

/// <summary>
/// <c>GET /api/assessment-runs/{id}/compare/{otherId}</c>: two runs side by side — run A (<c>id</c>, the baseline) and run
/// B (<c>otherId</c>) — with one page of inspectors (<c>{ items, total, page, pageSize }</c> as every list) and, for each
/// run, its inspectors, mean score and grade distribution over the results compared (the caller's and the region's).
/// </summary>
public sealed record RunComparison(
    RunComparisonSide A,
    RunComparisonSide B,
    IReadOnlyList<ComparedResult> Items,
    int Total,
    int Page,
    int PageSize);
