namespace GridFlow.Data.Assessments;

/// <summary>
/// One version of an assessment scheme (考核方案): its JSON document as validated, stored by (scheme, version) like
/// workflow definitions. Published versions never change; a run records the version it used.
/// </summary>
public class AssessmentSchemeVersion
{
    public required string SchemeId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    /// <summary>The county whose inspectors it applies to; null for the whole deployment.</summary>
    public Guid? RegionId { get; set; }

    public required string Status { get; set; }

    /// <summary>The scheme (jsonb), with its version written in.</summary>
    public required string Document { get; set; }

    /// <summary>SHA-256 of the file it was imported from, so an unchanged file is not imported again; null when saved through the API.</summary>
    public string? FileHash { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
