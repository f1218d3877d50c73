namespace GridFlow.Data.Workflows.Management;

/// <summary>One version of a workflow definition. Running instances stay on the version they started with.</summary>
public class WorkflowDefinitionVersion
{
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>draft, published or retracted (<see cref="DefinitionStatuses"/>). New instances use the highest published version.</summary>
    public required string Status { get; set; }

    /// <summary>The definition document (jsonb), with <c>version</c> set to <see cref="Version"/>.</summary>
    public required string Json { get; set; }

    /// <summary>SHA-256 of the imported file, so a file is imported again only when its content changed.</summary>
    public string? ContentHash { get; set; }

    /// <summary>file or api.</summary>
    public required string Origin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
