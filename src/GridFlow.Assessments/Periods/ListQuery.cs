namespace GridFlow.Assessments.Periods;

/// <summary>The paging and the period (inclusive dates in China time) that the assessment's lists take.</summary>
public static class ListQuery
{
    /// <summary>What is wrong with the page or the period, by field; null when both are fine.</summary>
    public static Dictionary<string, string[]>? Problems(PageQuery paging, DateOnly? from, DateOnly? to) =>
        paging.Validate() is { Count: > 0 } errors ? errors
        : from > to ? new Dictionary<string, string[]> { ["to"] = ["The period ends on or after its first day."] }
        : null;

    /// <summary>The period in the assessment's time zone.</summary>
    public static AssessmentPeriod Period(DateOnly? from, DateOnly? to, AssessmentOptions options) =>
        AssessmentPeriod.Of(from, to, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
}
