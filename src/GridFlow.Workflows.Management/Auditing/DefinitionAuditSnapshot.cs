namespace GridFlow.Workflows.Management.Auditing;

/// <summary>What the audit log records about a definition version (its document only when the document changed).</summary>
internal sealed record DefinitionAuditSnapshot(int Version, string Status, string Name, string Origin, DateTimeOffset? PublishedAt, string? Json)
{
    public const string EntityType = "WorkflowDefinition";

    public static DefinitionAuditSnapshot Of(WorkflowDefinitionVersion row, bool withJson = false) =>
        new(row.Version, row.Status, row.Name, row.Origin, row.PublishedAt, withJson ? row.Json : null);
}
