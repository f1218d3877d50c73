namespace GridFlow.Regions.Directory;

/// <summary>An inspector's responsibility for a grid, from the assignment history: from when to when (null: still).</summary>
public sealed record GridTenure(Guid GridId, Guid InspectorId, DateTimeOffset From, DateTimeOffset? To);
