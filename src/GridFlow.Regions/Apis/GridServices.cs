namespace GridFlow.Regions.Apis;

/// <summary>What the grid handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record GridServices(GridFlowDbContext Db, GridSpatialIndex Index, GridBoundaryValidator Validator, TimeProvider Clock);
