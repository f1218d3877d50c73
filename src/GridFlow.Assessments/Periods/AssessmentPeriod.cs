namespace GridFlow.Assessments.Periods;

/// <summary>
/// A period of inclusive dates in the assessment's zone (China time), as the instants it covers: from midnight of its
/// first day up to, not including, midnight after its last. An open end is null.
/// </summary>
public sealed record AssessmentPeriod(DateTimeOffset? Start, DateTimeOffset? End)
{
    public static AssessmentPeriod Of(DateOnly? from, DateOnly? to, TimeZoneInfo zone) => new(
        from is { } first ? Midnight(first, zone) : null,
        to is { } last ? Midnight(last.AddDays(1), zone) : null);

    /// <summary>Midnight at the start of <paramref name="day"/> in <paramref name="zone"/>, in UTC (as PostgreSQL takes it).</summary>
    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
