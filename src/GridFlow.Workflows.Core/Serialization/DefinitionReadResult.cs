namespace GridFlow.Workflows.Core.Serialization;

/// <summary>
/// The outcome of reading a definition: the model (best effort, null when the JSON is not even an object),
/// the problems found while reading, and the ids of activities that could not be read (unknown type),
/// which later checks must not report again as dangling.
/// </summary>
public sealed record DefinitionReadResult(
    WorkflowDefinition? Definition,
    IReadOnlyList<WorkflowProblem> Problems,
    IReadOnlySet<string> UnreadableActivityIds);
