namespace GridFlow.Workflows.Management.Contracts;

/// <summary>
/// Parsed workflow definitions for the runtime, cached in memory. A published version never changes, so it is
/// cached for good; which version is live, and the categories (their definitions and names), are re-read after a short
/// interval (and at once on the node that changed them), so every node follows a publish within seconds.
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>A specific version (any status), or null if it does not exist.</summary>
    ValueTask<WorkflowDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>The live version for new instances: the highest published version, or null if none.</summary>
    ValueTask<WorkflowDefinition?> GetLiveAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>The definition id an issue category runs on, or null for an unknown category.</summary>
    ValueTask<string?> GetDefinitionIdForCategoryAsync(string categoryCode, CancellationToken cancellationToken);

    /// <summary>An issue category's display name, or null for an unknown category.</summary>
    ValueTask<string?> GetCategoryNameAsync(string categoryCode, CancellationToken cancellationToken);
}
