namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>How a case stands for the module that started it: whether its workflow completed, and its first task.</summary>
public sealed record CaseFacts(Guid CaseId, bool Completed, Guid? FirstTaskId);
