namespace GridFlow.Workflows.Core.Execution;

/// <summary>A task's <c>due</c> is <c>{ "at": variable }</c> and the variable holds no instant (ISO 8601 with offset).</summary>
public sealed class DeadlineVariableException(string activityId, string variable)
    : WorkflowExecutionException($"Task '{activityId}' is due at variable '{variable}', which holds no ISO 8601 time with an offset.");
