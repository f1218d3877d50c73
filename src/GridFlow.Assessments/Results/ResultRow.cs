namespace GridFlow.Assessments.Results;

/// <summary>A result without its scorecard's lines (the regional views never need them), with the township and county it ranks in.</summary>
public sealed record ResultRow(ResultView View, Guid TownshipId, Guid CountyId, string RegionPath);
