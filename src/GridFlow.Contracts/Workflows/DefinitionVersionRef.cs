namespace GridFlow.Contracts.Workflows;

/// <summary>A definition version that a write (publish, retract) acted on.</summary>
public sealed record DefinitionVersionRef(string DefinitionId, int Version);
