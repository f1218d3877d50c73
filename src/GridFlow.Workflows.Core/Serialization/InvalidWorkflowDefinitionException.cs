namespace GridFlow.Workflows.Core.Serialization;

/// <summary>A definition could not be loaded; <see cref="Problems"/> says why.</summary>
public sealed class InvalidWorkflowDefinitionException(IReadOnlyList<WorkflowProblem> problems)
    : Exception("The workflow definition is invalid: " + string.Join("; ", problems))
{
    /// <summary>The problems, each with a JSON pointer.</summary>
    public IReadOnlyList<WorkflowProblem> Problems { get; } = problems;
}
