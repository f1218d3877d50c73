using GridFlow.Assessments.CrossChecks;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the cross-check handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record CrossCheckServices(
    CrossCheckOrders Orders, CrossCheckReader Reader, CrossCheckInputRules Rules, GridSpatialIndex Grids, RegionDirectory Regions, CrossCheckCheckers Checkers);
