namespace GridFlow.Contracts.Statistics;

/// <summary>A grid's open issues and how many of them are overdue (<c>GET /api/stats/grids</c>); grids with none are left out.</summary>
public sealed record GridOpenIssues(string GridId, string Code, string Name, string RegionId, int Open, int OverdueOpen);
