namespace GridFlow.Contracts.Workflows;

/// <summary>One stored version of a definition.</summary>
public sealed record DefinitionVersionView(int Version, string Status, string Origin, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt);
