using System.ComponentModel.DataAnnotations;

namespace GridFlow.Workflows.Management.Options;

/// <summary>Workflow definition import and caching settings (section <c>Workflows</c>).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>
    /// The folder of definition files imported at startup. When unset, the nearest folder named <c>workflows</c>
    /// with a <c>schema</c> subfolder above the application or the current directory (the repository's
    /// <c>workflows/</c>, or <c>/app/workflows</c> in the image).
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// How long a node trusts its cached live versions, category mapping and local calendar before re-reading them,
    /// i.e. how long other nodes may lag behind a publish. Zero re-reads on every use.
    /// </summary>
    [Range(0, 3600)]
    public double DefinitionCacheSeconds { get; set; } = 5;
}
