namespace GridFlow.Contracts.Statistics;

/// <summary>
/// <c>GET /api/stats/summary</c>: a region's figures for a period (inclusive dates in China time), its yellow and red
/// cards and interviews raised in the period, and how many of the period's issues have each status now.
/// </summary>
public sealed record StatsSummary(
    string? RegionId,
    string? RegionName,
    string? Level,
    string From,
    string To,
    IssueFigures Figures,
    int YellowCards,
    int RedCards,
    int Interviews,
    IReadOnlyDictionary<string, int> ByStatus);
