namespace GridFlow.Assessments.CrossChecks;

/// <summary>The definition a cross-check's case runs (<c>workflows/cross-check.json</c>, which designers may change) and the variable its task's deadline is read from.</summary>
public static class CrossCheckWorkflow
{
    public const string DefinitionId = "cross-check";

    /// <summary>The instant (ISO 8601) the checker's task is due: <c>"due": { "at": "dueAt" }</c> in the definition.</summary>
    public const string DueAtVariable = "dueAt";

    /// <summary>The grid's code, for the task's texts.</summary>
    public const string GridCodeVariable = "gridCode";
}
