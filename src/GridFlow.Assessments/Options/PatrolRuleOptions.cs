namespace GridFlow.Assessments.Options;

/// <summary>
/// When a patrol counts: long enough, far enough, mostly inside its grid, and walked or cycled, not driven. Each
/// bound is inclusive (15 minutes is enough, 14:59 is not).
/// </summary>
public sealed class PatrolRuleOptions
{
    [Range(0.0, 1440.0)]
    public double MinMinutes { get; set; } = 15;

    [Range(0.0, 1000.0)]
    public double MinKm { get; set; } = 1.0;

    [Range(0.0, 1.0)]
    public double MinInsideRatio { get; set; } = 0.8;

    [Range(1.0, 1000.0)]
    public double MaxKmh { get; set; } = 15;

    /// <summary>
    /// Speed is measured over stretches of at least this many seconds, so that a GPS fix that jumps ten metres in
    /// one second does not make a walk look like a drive.
    /// </summary>
    [Range(1, 3600)]
    public int SpeedWindowSeconds { get; set; } = 30;
}
