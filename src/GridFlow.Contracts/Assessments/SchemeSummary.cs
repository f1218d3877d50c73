namespace GridFlow.Contracts.Assessments;

/// <summary>A scheme in the list: its newest version (a draft, if one is being edited) and the one in force.</summary>
public sealed record SchemeSummary(string SchemeId, string Name, string? RegionId, int LatestVersion, int? PublishedVersion);
