namespace GridFlow.Assessments.Scoring;

/// <summary>One item of a scheme, with the parameters its kind takes (the others keep their defaults).</summary>
public sealed record SchemeItem(
    string Id,
    string Kind,
    decimal Points,
    decimal? Cap,
    int EveryDays = 1,
    double AfterHours = 24,
    int WithinDays = 7,
    double WithinMeters = 200,
    string? Level = null,
    IReadOnlyDictionary<string, decimal>? ByFinder = null)
{
    /// <summary>The item's total bounded by its cap: a negative cap bounds a deduction, a positive one a bonus.</summary>
    public (decimal Points, bool Capped) Bound(decimal total) => Cap switch
    {
        { } cap when cap < 0 && total < cap => (cap, true),
        { } cap when cap > 0 && total > cap => (cap, true),
        _ => (total, false),
    };
}
