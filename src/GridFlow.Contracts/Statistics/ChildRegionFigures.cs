namespace GridFlow.Contracts.Statistics;

/// <summary>
/// One part of a region and its rank (<c>GET /api/stats/by-region</c>): a city's counties, a county's townships, a
/// township's grids (<c>level</c> grid). Ranked by on-time rate, then closure rate, then received (1 is best; a part
/// with nothing closed ranks after those with a rate).
/// </summary>
public sealed record ChildRegionFigures(
    string Id,
    string Code,
    string Name,
    string Level,
    int Rank,
    IssueFigures Figures,
    int YellowCards,
    int RedCards);
