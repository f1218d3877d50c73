namespace GridFlow.Workflows.Core.Models;

/// <summary>
/// A parsed workflow definition (Elsa-3-flowchart shaped). <see cref="Source"/> keeps the JSON it was
/// read from, so problems can point into it and the API can return it unchanged.
/// </summary>
public sealed record WorkflowDefinition(
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    IReadOnlyList<VariableDefinition> Variables,
    Flowchart Root,
    JsonObject Source)
{
    /// <summary>Reads a definition and throws <see cref="InvalidWorkflowDefinitionException"/> when it cannot be run.</summary>
    public static WorkflowDefinition Load(string json) => WorkflowDefinitionReader.Load(json);
}
