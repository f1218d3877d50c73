using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>
/// A period of inclusive dates in China time, as instants [<see cref="Start"/>, <see cref="End"/>). Without dates a
/// statistic takes its default: the current month up to today.
/// </summary>
public sealed record StatsPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period a statistic counts over (three years), so one request cannot scan the whole history.</summary>
    public const int MaxDays = 3 * 366;

    public DateTimeOffset Start => Instant(From);

    public DateTimeOffset End => Instant(To.AddDays(1));

    public static DateTimeOffset Instant(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime.Zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();

    /// <summary>Today in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow()).DateTime);

    /// <summary>The dates a statistic takes: years 2000 to 2100 (an instant for each exists in every time zone).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Adds an error naming <paramref name="name"/> when <paramref name="date"/> lies outside <see cref="Earliest"/>..<see cref="Latest"/>.</summary>
    public static Dictionary<string, string[]>? CheckDate(string name, DateOnly? date, Dictionary<string, string[]>? errors)
    {
        if (date is { } d && (d < Earliest || d > Latest))
        {
            (errors ??= [])[name] = [$"{name} must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."];
        }

        return errors;
    }

    /// <summary>The period asked for, filled in from the defaults; or the errors naming <c>from</c> and <c>to</c>.</summary>
    public static (StatsPeriod? Period, Dictionary<string, string[]>? Errors) Of(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        if (CheckDate("to", to, CheckDate("from", from, null)) is { } outside)
        {
            return (null, outside);
        }

        var end = to ?? Today(clock);
        var start = from ?? new DateOnly(end.Year, end.Month, 1);
        if (start > end)
        {
            return (null, new() { ["from"] = ["from must be on or before to."] });
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            return (null, new() { ["to"] = [$"A period is at most {MaxDays} days long."] });
        }

        return (new StatsPeriod(start, end), null);
    }

    public string FromText => From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
