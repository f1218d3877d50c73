namespace GridFlow.Assessments.Apis;

/// <summary>What the pollution-source handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record PollutionSourceServices(SourceKeeper Keeper, SourceReader Reader, SourceInputRules Rules, GridSpatialIndex Grids, NpgsqlDataSource Database);
