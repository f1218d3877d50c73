using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Workflows;

/// <summary>
/// A saved draft. Invalid drafts are saved too (work in progress); <see cref="Errors"/> then holds the problems,
/// keyed by JSON pointer, and the draft cannot be published until they are fixed.
/// </summary>
public sealed record DraftSaved(
    string DefinitionId,
    int Version,
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IDictionary<string, string[]>? Errors);
