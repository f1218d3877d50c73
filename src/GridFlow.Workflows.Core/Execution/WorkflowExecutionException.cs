namespace GridFlow.Workflows.Core.Execution;

/// <summary>The base of the stepper's refusals; the instance is left as it was.</summary>
public abstract class WorkflowExecutionException(string message) : Exception(message);
