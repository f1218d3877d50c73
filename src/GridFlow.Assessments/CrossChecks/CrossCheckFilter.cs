namespace GridFlow.Assessments.CrossChecks;

/// <summary>What a cross-check list keeps: a region (path prefix) and a status.</summary>
public sealed record CrossCheckFilter(string? RegionPath, string? Status);
