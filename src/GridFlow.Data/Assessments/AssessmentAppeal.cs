namespace GridFlow.Data.Assessments;

/// <summary>
/// An inspector's appeal (申诉) against one line of their result in one run. The decision is the county supervisor's,
/// taken on the task of the appeal's case (<see cref="CaseId"/>, an issues row of kind appeal); once it is settled here
/// the appeal is upheld (with the adjustment and the revision it made) or refused. Audited by the interceptor.
/// </summary>
public class AssessmentAppeal : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public Guid InspectorId { get; set; }

    /// <summary>The scheme item of the appealed line.</summary>
    public required string ItemId { get; set; }

    /// <summary>The line's points when the appeal was filed (negative: what it cost).</summary>
    public decimal LinePoints { get; set; }

    public required string Reason { get; set; }

    /// <summary>The inspector's township path, so scoping is a prefix match.</summary>
    public required string RegionPath { get; set; }

    /// <summary>open, upheld or refused (<c>AppealStatuses</c>).</summary>
    public required string Status { get; set; }

    /// <summary>The case the engine runs for it (Runtime's issues row).</summary>
    public Guid CaseId { get; set; }

    /// <summary>The account that filed it (the inspector's).</summary>
    public required string FiledBy { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>The outcome the supervisor chose (uphold or refuse), copied from the case when settled.</summary>
    public string? Decision { get; set; }

    public string? Comment { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>What the supervisor gave back, as entered.</summary>
    public decimal? PointsRequested { get; set; }

    /// <summary>What was given back: the points entered, bounded by what the line cost.</summary>
    public decimal? PointsGiven { get; set; }

    public Guid? AdjustmentId { get; set; }

    public DateTimeOffset? SettledAt { get; set; }
}
