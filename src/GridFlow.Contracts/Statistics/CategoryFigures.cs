namespace GridFlow.Contracts.Statistics;

/// <summary>One category's figures (<c>GET /api/stats/by-category</c>), most received first.</summary>
public sealed record CategoryFigures(string Category, IssueFigures Figures);
