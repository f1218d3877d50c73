namespace GridFlow.Contracts.Workflows;

/// <summary>An issue category and the definition its issues run on.</summary>
public sealed record IssueCategoryView(string Code, string Name, string WorkflowDefinitionId);
