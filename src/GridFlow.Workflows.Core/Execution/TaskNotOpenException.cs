namespace GridFlow.Workflows.Core.Execution;

/// <summary>The task to complete is not open (already completed, or never opened). The API maps it to 409.</summary>
public sealed class TaskNotOpenException(string activityId)
    : WorkflowExecutionException($"No task is open at activity '{activityId}'.")
{
    public string ActivityId { get; } = activityId;
}
