namespace GridFlow.Data.Assessments;

/// <summary>
/// A revision of a result that a later one replaced (an upheld appeal scores the inspector again): kept whole, so the
/// journal of a result's revisions can be read back. The latest revision is the <see cref="AssessmentResult"/> row.
/// </summary>
public class AssessmentResultRevision
{
    public Guid RunId { get; set; }

    public Guid InspectorId { get; set; }

    public int Revision { get; set; }

    public decimal Score { get; set; }

    public required string Grade { get; set; }

    public decimal Pay { get; set; }

    public int RankInTownship { get; set; }

    public int RankInCounty { get; set; }

    public int RankInCity { get; set; }

    /// <summary>The scorecard's lines as they were (jsonb).</summary>
    public required string Lines { get; set; }

    /// <summary>When this revision was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The appeal whose upholding replaced it.</summary>
    public Guid ReplacedByAppealId { get; set; }

    public DateTimeOffset ReplacedAt { get; set; }
}
