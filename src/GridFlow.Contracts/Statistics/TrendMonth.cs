namespace GridFlow.Contracts.Statistics;

/// <summary>
/// One month of <c>GET /api/stats/trend</c> (<c>month</c> yyyy-MM in China time): its figures, and the change of
/// received against the month before (环比, <c>monthOnMonth</c>) and the same month a year before (同比, <c>yearOnYear</c>)
/// as a ratio (0.25 = +25 %); null when that month received nothing.
/// </summary>
public sealed record TrendMonth(string Month, string From, string To, IssueFigures Figures, double? MonthOnMonth, double? YearOnYear);
