namespace GridFlow.Workflows.Core.Execution;

/// <summary>A variable was set.</summary>
public sealed record VariableChange(string ActivityId, string Name, JsonNode? Value);
