namespace GridFlow.Workflows.Core.Execution;

/// <summary>One stimulus ran more automatic activities than allowed; the step is abandoned instead of hanging.</summary>
public sealed class WorkflowRunawayException(int maxSteps)
    : WorkflowExecutionException($"The workflow ran more than {maxSteps} automatic activities in one step; it may be looping.")
{
    public int MaxSteps { get; } = maxSteps;
}
