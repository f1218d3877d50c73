namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>A township of the demo city with what an issue row copies from its region tree.</summary>
public sealed record TownshipRow(Guid Id, string Path, Guid CountyId, Guid CityId);
