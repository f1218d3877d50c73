namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>The definition version and state document of an instance waiting at one task, as the engine wrote them.</summary>
public sealed record InstanceShape(string DefinitionId, int Version, string StateJson);
