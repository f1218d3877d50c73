namespace GridFlow.Regions.Spatial;

/// <summary>
/// A cheap fingerprint of the grids table: row count and the sum of row transaction ids. Any insert,
/// update or delete on any node changes it, so a node knows when its index is out of date.
/// </summary>
public readonly record struct DatabaseStamp(long Count, decimal XminSum);
