namespace GridFlow.Data.Workflows.Management;

/// <summary>
/// A date a designer or admin sets against the official calendar: a local day off (a local holiday, a closure), or a
/// make-up workday (a weekend or holiday that is worked, such as next year's 调休 before the calendar file has them).
/// One row per date, so a date is never both.
/// </summary>
public class LocalCalendarDay
{
    public DateOnly Date { get; set; }

    /// <summary>True for a make-up workday, false for a non-working day.</summary>
    public bool Working { get; set; }

    public required string Reason { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
