namespace GridFlow.Data.Assessments;

/// <summary>
/// One inspector's result in one run: score, grade, pay coefficient, ranks, and the scorecard's lines with the facts
/// behind each (jsonb, as the API shows them). An upheld appeal writes a new revision in place and keeps the one before
/// with the appeal.
/// </summary>
public class AssessmentResult
{
    public Guid RunId { get; set; }

    public Guid InspectorId { get; set; }

    public int Revision { get; set; } = 1;

    public required string InspectorName { get; set; }

    public List<Guid> GridIds { get; set; } = [];

    /// <summary>The inspector's township.</summary>
    public Guid RegionId { get; set; }

    public Guid CountyId { get; set; }

    public Guid CityId { get; set; }

    /// <summary>The township's path, for a region filter by prefix.</summary>
    public required string RegionPath { get; set; }

    public decimal Score { get; set; }

    public required string Grade { get; set; }

    public decimal Pay { get; set; }

    public int RankInTownship { get; set; }

    public int RankInCounty { get; set; }

    public int RankInCity { get; set; }

    /// <summary>The scorecard's lines (jsonb array).</summary>
    public required string Lines { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
