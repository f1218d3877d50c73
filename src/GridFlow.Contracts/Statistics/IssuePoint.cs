namespace GridFlow.Contracts.Statistics;

/// <summary>An issue on the map (WGS-84).</summary>
public sealed record IssuePoint(string Id, string Code, string Category, string Status, bool Overdue, double Lat, double Lon, DateTimeOffset ReportedAt);
