namespace GridFlow.Assessments.Runs;

/// <summary>What a comparison of two runs keeps and how it orders: a region, only the inspectors whose grade changed, a sort key of <see cref="ComparisonSorts"/>.</summary>
public sealed record ComparisonQuery(Guid? RegionId, bool ChangedOnly, string Sort, bool Descending);
