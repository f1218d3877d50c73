namespace GridFlow.Workflows.Management.Services;

/// <summary>Where a stored definition version came from.</summary>
public static class DefinitionOrigins
{
    /// <summary>Imported at startup from a file in the workflows folder.</summary>
    public const string File = "file";

    /// <summary>Saved by a designer through the API.</summary>
    public const string Api = "api";
}
