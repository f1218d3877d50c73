using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Notifications.Rendering;

/// <summary>
/// How long a task is overdue, in the units the escalation ladder counts: whole working days on the working-day
/// calendar, then the hours beyond the last of them. The shipped ladders raise the red card 2 working days and the
/// interview 5 working days after the deadline (domain.md), so a red card over a weekend reads "2 working days", the
/// rule the supervisor knows, not "4 days". Ladders counted in hours (the strict lifecycle's red card 4 hours after the
/// deadline) come out in hours, since less than a working day has passed. Minutes are given only under an hour, at
/// least 1, so a notice raised seconds after its deadline never says "overdue by 0".
/// </summary>
public readonly record struct OverdueTime(int Days, int Hours, int Minutes)
{
    /// <summary>The overdue time of a task due at <paramref name="due"/>, seen at <paramref name="at"/>; zero when not yet due.</summary>
    public static OverdueTime Between(DateTimeOffset due, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        if (at <= due)
        {
            return new OverdueTime(0, 0, 0);
        }

        // One working day at a time from the deadline: AddWorkingDays keeps the time of day, so each step is a whole working day.
        var days = 0;
        var counted = due;
        while (days < DurationSpec.MaxWorkingDays && calendar.AddWorkingDays(counted, 1) is var next && next <= at)
        {
            (counted, days) = (next, days + 1);
        }

        var rest = at - counted;
        var hours = (int)rest.TotalHours;
        var minutes = days == 0 && hours == 0 ? Math.Max(1, (int)rest.TotalMinutes) : 0;
        return new OverdueTime(days, hours, minutes);
    }
}
