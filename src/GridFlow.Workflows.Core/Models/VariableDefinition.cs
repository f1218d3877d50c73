namespace GridFlow.Workflows.Core.Models;

/// <summary>A workflow variable with its initial value (null when none is given).</summary>
public sealed record VariableDefinition(string Name, JsonNode? Value);
