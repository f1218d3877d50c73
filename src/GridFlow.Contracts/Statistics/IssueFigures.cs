namespace GridFlow.Contracts.Statistics;

/// <summary>
/// The issue figures of one slice (a region, a category, a child region, a month) for a period. Issues count when they
/// were reported in the period; their status is the one they have now.
/// <list type="bullet">
/// <item><c>received</c> (接收): every issue reported in the period, rejected ones included;</item>
/// <item><c>accepted</c> (受理): received and neither still waiting to be accepted (<c>reported</c>) nor rejected;</item>
/// <item><c>closed</c> (办结): status <c>closed</c>;</item>
/// <item><c>closedOnTime</c> (按期办结): closed, and every task of the issue that had a due time and was not cancelled was
/// completed at or before its due time (an extension granted by a supervisor moves the due time) — the rule the
/// assessments' region figures count with;</item>
/// <item><c>open</c>: not finished (closed, rejected or transferred); <c>overdueOpen</c>: open and overdue now;</item>
/// <item>rates: <c>acceptanceRate</c> 受理率 = accepted / received, <c>closureRate</c> 办结率 = closed / accepted,
/// <c>onTimeRate</c> 按期办结率 = closedOnTime / closed; null when the divisor is 0.</item>
/// </list>
/// </summary>
public sealed record IssueFigures(
    int Received,
    int Accepted,
    int Closed,
    int ClosedOnTime,
    int Open,
    int OverdueOpen,
    double? AcceptanceRate,
    double? ClosureRate,
    double? OnTimeRate);
