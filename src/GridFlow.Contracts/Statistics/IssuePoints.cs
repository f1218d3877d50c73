namespace GridFlow.Contracts.Statistics;

/// <summary>
/// <c>GET /api/stats/points</c>: the newest issues matching the filters, at most <c>limit</c>; <c>total</c> counts them
/// all and <c>capped</c> says that some were left out.
/// </summary>
public sealed record IssuePoints(IReadOnlyList<IssuePoint> Items, int Total, bool Capped);
