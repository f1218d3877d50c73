namespace GridFlow.Contracts.Workflows;

/// <summary>Creates or replaces a category; the definition must have a published version.</summary>
public sealed record IssueCategoryRequest(
    [property: Required, StringLength(128, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(64, MinimumLength = 1)] string? WorkflowDefinitionId);
