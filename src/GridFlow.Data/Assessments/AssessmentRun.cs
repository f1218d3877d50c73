namespace GridFlow.Data.Assessments;

/// <summary>
/// One assessment run (考核): a scheme version applied to the inspectors of a region for a period of inclusive China-time
/// dates. Its results are written once, with the run's end, and never change but through an appeal's revision.
/// </summary>
public class AssessmentRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string SchemeId { get; set; }

    public int SchemeVersion { get; set; }

    /// <summary>facts (scored from the period's facts) or aggregate (the mean of the monthly runs it covers).</summary>
    public required string Kind { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>The region whose inspectors are assessed; null for the scheme's whole scope.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>The path of <see cref="RegionId"/>, for scoping by prefix.</summary>
    public string? RegionPath { get; set; }

    /// <summary>request (someone asked for it) or schedule (the monthly, quarterly or annual job).</summary>
    public required string Trigger { get; set; }

    /// <summary>queued, running, done or failed.</summary>
    public required string Status { get; set; }

    /// <summary>What a running run is doing (reading facts, scoring, writing).</summary>
    public string? Phase { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>The instant the facts were read as of (the snapshot's start).</summary>
    public DateTimeOffset? FactsAsOf { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Inspectors { get; set; }

    public string? Error { get; set; }
}
