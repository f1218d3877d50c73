namespace GridFlow.Assessments.Scoring;

/// <summary>
/// The period a run scores: its dates, the instants [<see cref="Start"/>, <see cref="End"/>), and <see cref="Cut"/>, the
/// earlier of the end and the snapshot: what has not happened yet by then (a deadline, a day's patrol) cannot count.
/// </summary>
public sealed record ScoringPeriod(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Cut, TimeZoneInfo Zone)
{
    public static ScoringPeriod Of(DateOnly from, DateOnly to, DateTimeOffset asOf, TimeZoneInfo zone)
    {
        var period = AssessmentPeriod.Of(from, to, zone);
        var end = period.End!.Value;
        return new ScoringPeriod(from, to, period.Start!.Value, end, asOf < end ? asOf : end, zone);
    }

    /// <summary>
    /// The zone's offset throughout the period when it has one (China time has had no daylight saving since 1991), so the
    /// date of a fact is an addition rather than a zone conversion: a province's month asks it a million times.
    /// </summary>
    private TimeSpan? FixedOffset { get; } = Zone.GetUtcOffset(Start) == Zone.GetUtcOffset(End.AddTicks(-1)) ? Zone.GetUtcOffset(Start) : null;

    /// <summary>The date <paramref name="at"/> falls on in the assessment's zone.</summary>
    public DateOnly DateOf(DateTimeOffset at) => FixedOffset is { } offset
        ? DateOnly.FromDateTime(at.UtcDateTime + offset)
        : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
