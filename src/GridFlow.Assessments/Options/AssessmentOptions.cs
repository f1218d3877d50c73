namespace GridFlow.Assessments.Options;

/// <summary>The assessment module's settings (<c>Assessments:*</c>).</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessments";

    /// <summary>
    /// The patrol rule a finished patrol is judged by where no published scheme gives one (see <c>PatrolRuleSource</c>); the
    /// defaults are those of the published schemes. Its speed window is always this one.
    /// </summary>
    [Required]
    public PatrolRuleOptions PatrolRule { get; set; } = new();

    /// <summary>Assessment periods are dates in this zone (China time).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Points one upload may carry: a phone sends a few seconds' or an offline hour's worth at once.</summary>
    [Range(1, 50_000)]
    public int MaxPointsPerUpload { get; set; } = 10_000;

    /// <summary>Points one patrol may hold: a twelve-hour patrol at one fix a second is 43,200.</summary>
    [Range(2, 1_000_000)]
    public int MaxPointsPerPatrol { get; set; } = 100_000;

    /// <summary>A patrol lasts at most this long.</summary>
    [Range(1, 72)]
    public int MaxPatrolHours { get; set; } = 24;

    /// <summary>How far a phone's clock may run ahead of the server's, in minutes.</summary>
    [Range(0, 60)]
    public int ClockSkewMinutes { get; set; } = 5;

    /// <summary>Raw points of a finished patrol are kept this many days; its track and summary stay for good.</summary>
    [Range(1, 3650)]
    public int PointRetentionDays { get; set; } = 90;

    /// <summary>How old a patrol may be when it is first uploaded (a phone that was offline for days), in days.</summary>
    [Range(1, 366)]
    public int MaxUploadAgeDays { get; set; } = 31;

    /// <summary>
    /// A pollution source counts as visited by a valid patrol of its grid whose track passes within this many metres
    /// (geodesic) of it; a check-in at a source is made within the same distance. At most the radius within which passes are
    /// recorded (<see cref="Sources.SourcePasses.RecordedWithinMeters"/>, 1 km), so a change needs no recording again.
    /// </summary>
    [Range(1.0, Sources.SourcePasses.RecordedWithinMeters)]
    public double SourceVisitMeters { get; set; } = 100;

    /// <summary>How often a key source must be visited when its record does not say (days; published schemes: weekly).</summary>
    [Range(1, 366)]
    public int KeySourceVisitEveryDays { get; set; } = 7;

    /// <summary>How often any other source must be visited when its record does not say (days; every two weeks).</summary>
    [Range(1, 366)]
    public int SourceVisitEveryDays { get; set; } = 14;

    /// <summary>How often worker nodes look for decided appeals to settle, in milliseconds.</summary>
    [Range(50, 600_000)]
    public int AppealSettleMilliseconds { get; set; } = 1000;
}
