namespace GridFlow.Contracts.Workflows;

/// <summary>The answer of the validate endpoint when the definition is valid (problems are a 400).</summary>
public sealed record DefinitionValidity(bool Valid);
