namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>A grid inspector's report, kept while the grid is generated so that others' reports can be placed near it.</summary>
public readonly record struct ReportFact(DateTime DiscoveredAt, double Lon, double Lat, string Category);
