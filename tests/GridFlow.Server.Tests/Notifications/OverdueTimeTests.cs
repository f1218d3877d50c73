using GridFlow.Notifications.Rendering;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>Overdue time in whole working days on the Chinese calendar, then hours; minutes only under an hour.</summary>
public sealed class OverdueTimeTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China();

    /// <summary>Friday 6 March 2026, 09:00 in China.</summary>
    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void OverAWeekend_CountsWorkingDays_ThenHours() =>
        Assert.Equal(new OverdueTime(2, 3, 0), OverdueTime.Between(Friday, Friday.AddDays(4).AddHours(3), Calendar));

    [Fact]
    public void OnTheWeekend_IsHours_AsNoWorkingDayHasPassed() =>
        Assert.Equal(new OverdueTime(0, 28, 0), OverdueTime.Between(Friday, Friday.AddDays(1).AddHours(4), Calendar));

    [Fact]
    public void SecondsLate_IsOneMinute_NeverZero() =>
        Assert.Equal(new OverdueTime(0, 0, 1), OverdueTime.Between(Friday, Friday.AddSeconds(5), Calendar));

    [Fact]
    public void NotYetDue_IsZero() =>
        Assert.Equal(new OverdueTime(0, 0, 0), OverdueTime.Between(Friday, Friday.AddHours(-1), Calendar));

    [Fact]
    public void OverTheNationalDayHolidays_SkipsThem()
    {
        // 30 September 2026 (Wednesday), 09:00; 1–7 October are holidays, so the first working day after is the 8th or 9th (调休 aside).
        var due = new DateTimeOffset(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));
        var firstWorkingDay = Calendar.AddWorkingDays(due, 1);
        Assert.True(firstWorkingDay > due.AddDays(7));
        Assert.Equal(new OverdueTime(1, 2, 0), OverdueTime.Between(due, firstWorkingDay.AddHours(2), Calendar));
    }
}
