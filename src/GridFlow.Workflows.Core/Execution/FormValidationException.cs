namespace GridFlow.Workflows.Core.Execution;

/// <summary>The form data of a completion is missing or wrong; <see cref="Errors"/> maps field → messages (the API's 400).</summary>
public sealed class FormValidationException(string activityId, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    : WorkflowExecutionException($"The form of task '{activityId}' is incomplete: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}")
{
    public string ActivityId { get; } = activityId;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; } = errors;
}
