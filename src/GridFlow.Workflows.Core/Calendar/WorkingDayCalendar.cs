namespace GridFlow.Workflows.Core.Calendar;

/// <summary>
/// Decides which dates are working days in China and adds working days to instants.
/// A local make-up workday is a working day, a local non-working day is not; otherwise a date is a working day when it
/// is not an official holiday and is either a Monday–Friday or an official make-up workday (调休). Dates are local to
/// Asia/Shanghai.
/// </summary>
/// <param name="data">Official holidays and make-up workdays.</param>
/// <param name="extraNonWorkingDays">Local days off a designer adds (e.g. a county's own holiday).</param>
/// <param name="extraWorkingDays">
/// Local make-up workdays a designer adds: weekend or holiday dates that are worked (e.g. next year's 调休, published
/// by the State Council before the calendar file carries it).
/// </param>
public sealed class WorkingDayCalendar(
    HolidayData data, IEnumerable<DateOnly>? extraNonWorkingDays = null, IEnumerable<DateOnly>? extraWorkingDays = null)
{
    private readonly HashSet<DateOnly> extraOff = [.. extraNonWorkingDays ?? []];
    private readonly HashSet<DateOnly> extraOn = [.. extraWorkingDays ?? []];

    /// <summary>The official Chinese calendar plus optional local non-working days and make-up workdays.</summary>
    public static WorkingDayCalendar China(IEnumerable<DateOnly>? extraNonWorkingDays = null, IEnumerable<DateOnly>? extraWorkingDays = null) =>
        new(HolidayData.China, extraNonWorkingDays, extraWorkingDays);

    /// <summary>Whether <paramref name="date"/> (a local date in China) is a working day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (extraOn.Contains(date))
        {
            return true;
        }

        if (extraOff.Contains(date) || data.Holidays.ContainsKey(date))
        {
            return false;
        }

        return data.MakeUpWorkdays.ContainsKey(date)
            || date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The instant at the same local (Asia/Shanghai) time of day on the <paramref name="workingDays"/>-th
    /// working day after the local date of <paramref name="start"/>. The start date itself never counts, even
    /// when it is a working day, so "1 working day" from Friday 10:00 is Monday 10:00 and from Saturday
    /// 10:00 is also Monday 10:00. Zero returns <paramref name="start"/> unchanged.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
        {
            return start;
        }

        var local = ChinaTime.ToLocal(start);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        var localResult = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(localResult, ChinaTime.Zone.GetUtcOffset(localResult));
    }
}
