namespace GridFlow.Contracts.Workflows;

/// <summary>A definition in the list: its name and description from the live version (or the latest, if none is live).</summary>
public sealed record DefinitionSummary(string DefinitionId, string Name, string? Description, int LatestVersion, int? PublishedVersion);
