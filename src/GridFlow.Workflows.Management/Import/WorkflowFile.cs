namespace GridFlow.Workflows.Management.Import;

/// <summary>A valid definition file read from the workflows folder.</summary>
internal sealed record WorkflowFile(string FileName, string DefinitionId, string Name, string? Description, JsonObject Json, string ContentHash);
