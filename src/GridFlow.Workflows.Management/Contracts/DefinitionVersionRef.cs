namespace GridFlow.Workflows.Management.Contracts;

/// <summary>A definition version that a write (publish, retract) acted on.</summary>
public sealed record DefinitionVersionRef(string DefinitionId, int Version);
