namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>The grid being generated: its index, ids up the hierarchy, its square and its township's path.</summary>
public sealed record GridPlace(
    int Grid, int Township, int County, int City, Guid GridId, Guid TownshipId, Guid CountyId, Guid CityId, string TownshipPath,
    double MinLon, double MinLat, double MaxLon, double MaxLat);
