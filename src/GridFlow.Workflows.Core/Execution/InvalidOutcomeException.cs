namespace GridFlow.Workflows.Core.Execution;

/// <summary>The outcome given is not one of the task's outcomes. The API maps it to 409.</summary>
public sealed class InvalidOutcomeException(string activityId, string outcome, IReadOnlyList<string> outcomes)
    : WorkflowExecutionException($"'{outcome}' is not an outcome of task '{activityId}'; its outcomes are {string.Join(", ", outcomes)}.")
{
    public string ActivityId { get; } = activityId;

    public string Outcome { get; } = outcome;

    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
