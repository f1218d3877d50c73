namespace GridFlow.Benchmarks.Assessment.Province;

/// <summary>
/// The month the facts fill: the last whole month in China time (UTC+8, no daylight saving), so that every fact lies
/// in the past. <see cref="Now"/> is the load's clock, nothing is written later: the scheduled monthly run's time (02:00
/// China time on the 1st), or the real time if that is earlier. So the facts are what that run would find whatever day
/// the benchmark runs on; timers that would have fired since (overdue tasks' later escalations) are not simulated.
/// </summary>
public sealed record AssessedMonth(DateOnly From, DateOnly To, DateTime StartUtc, DateTime EndUtc, DateTime Now)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static AssessedMonth Before(DateTime utcNow)
    {
        var china = utcNow + ChinaOffset;
        var first = new DateOnly(china.Year, china.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var start = DateTime.SpecifyKind(first.ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);
        var end = DateTime.SpecifyKind(last.AddDays(1).ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);
        var scheduledRun = end.AddHours(2);
        return new AssessedMonth(first, last, start, end, utcNow < scheduledRun ? utcNow : scheduledRun);
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Midnight (China) of a day of the month, as UTC.</summary>
    public DateTime DayStart(int day) => StartUtc.AddDays(day);

    /// <summary>
    /// The engine's working days, as the bench approximates them: the same time of day <paramref name="days"/> weekdays
    /// later (China time), with no holidays (the bench database has no local calendar days).
    /// </summary>
    public static DateTime AddWorkingDays(DateTime utc, int days)
    {
        var at = utc;
        while (days > 0)
        {
            at = at.AddDays(1);
            if ((at + ChinaOffset).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return at;
    }
}
