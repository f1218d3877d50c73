namespace GridFlow.Workflows.Management.Import;

/// <summary>Startup stops: a definition file in the workflows folder is invalid, or the folder is missing.</summary>
public sealed class InvalidWorkflowFilesException(string message) : Exception(message);
