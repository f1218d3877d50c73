namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>
/// A case to start: its kind (<see cref="CaseKinds"/>), the published definition it runs, its grid, a description,
/// the user it is for (the <c>designatedUser</c> assignee rule) and values for its workflow variables.
/// </summary>
public sealed record CaseStart(
    string Kind, string DefinitionId, Guid GridId, string Description, string DesignatedUserId, IReadOnlyDictionary<string, JsonNode?>? Variables = null);
