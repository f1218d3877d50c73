using GridFlow.Regions.Directory;

namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>What the statistics handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record StatsServices(IssueStatistics Statistics, RegionDirectory Regions, GridSpatialIndex Grids, TimeProvider Clock);
