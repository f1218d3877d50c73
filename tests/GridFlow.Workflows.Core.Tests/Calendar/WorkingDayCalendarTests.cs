using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.China();

    [Theory]
    [InlineData("2026-02-13", true)] // Friday before the Spring Festival
    [InlineData("2026-02-14", true)] // Saturday, make-up workday
    [InlineData("2026-02-17", false)] // Spring Festival (a Tuesday)
    [InlineData("2026-02-24", true)] // first day back
    [InlineData("2026-02-28", true)] // Saturday, make-up workday
    [InlineData("2026-03-01", false)] // plain Sunday
    [InlineData("2025-01-26", true)] // Sunday, make-up workday
    [InlineData("2025-10-01", false)] // National Day
    [InlineData("2020-01-01", false)] // the data starts in 2020
    public void IsWorkingDay_FollowsTheOfficialCalendar(string date, bool expected) =>
        Assert.Equal(expected, calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void LocalDays_OverrideTheOfficialCalendar_ForAYearTheFileDoesNotHave()
    {
        // 2027 as a designer would enter it before the calendar file has it: Saturday 6 February worked, Monday 8 off.
        // And a local make-up workday on an official holiday (the Spring Festival, Tuesday 17 February 2026).
        var local = WorkingDayCalendar.China([new DateOnly(2027, 2, 8)], [new DateOnly(2027, 2, 6), new DateOnly(2026, 2, 17)]);

        Assert.True(local.IsWorkingDay(new DateOnly(2027, 2, 6)));
        Assert.False(local.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.True(local.IsWorkingDay(new DateOnly(2026, 2, 17)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 6)));
        // Fri 5 Feb → Sat 6 is 1, Sun 7 is a weekend, Mon 8 is off, Tue 9 is 2.
        Assert.Equal(new DateTimeOffset(2027, 2, 9, 10, 0, 0, China), local.AddWorkingDays(new DateTimeOffset(2027, 2, 5, 10, 0, 0, China), 2));
    }

    [Fact]
    public void AddWorkingDays_2026SpringFestivalCountsTheMakeUpWorkdays()
    {
        // Fri 13 Feb → Sat 14 (make-up) is 1, 15–23 are the holiday, Tue 24 is 2, Wed 25 is 3.
        var due = calendar.AddWorkingDays(new DateTimeOffset(2026, 2, 13, 10, 0, 0, China), 3);

        Assert.Equal(new DateTimeOffset(2026, 2, 25, 10, 0, 0, China), due);
    }

    [Fact]
    public void AddWorkingDays_2025SpringFestivalSkipsTheHoliday()
    {
        // Fri 24 Jan → Sun 26 (make-up) is 1, Mon 27 is 2, 28 Jan – 4 Feb are the holiday, Wed 5 Feb is 3.
        var due = calendar.AddWorkingDays(new DateTimeOffset(2025, 1, 24, 9, 0, 0, China), 3);

        Assert.Equal(new DateTimeOffset(2025, 2, 5, 9, 0, 0, China), due);
    }

    [Fact]
    public void AddWorkingDays_CountsInChinaTimeWhateverTheInputOffset()
    {
        // 2026-02-13 23:30 UTC is already Saturday 14 Feb 07:30 in China (a make-up workday, which does not count itself).
        var due = calendar.AddWorkingDays(new DateTimeOffset(2026, 2, 13, 23, 30, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 7, 30, 0, China), due);
    }

    [Fact]
    public void AddWorkingDays_FromAWeekendStartsOnTheNextWorkingDay()
    {
        var due = calendar.AddWorkingDays(new DateTimeOffset(2026, 3, 7, 10, 0, 0, China), 1); // Saturday

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, China), due);
    }

    [Fact]
    public void AddWorkingDays_ZeroIsTheStart()
    {
        var start = new DateTimeOffset(2026, 3, 7, 10, 0, 0, China);

        Assert.Equal(start, calendar.AddWorkingDays(start, 0));
    }

    [Fact]
    public void AddWorkingDays_SkipsLocalExtraNonWorkingDays()
    {
        var local = WorkingDayCalendar.China([new DateOnly(2026, 3, 10)]);

        var due = local.AddWorkingDays(new DateTimeOffset(2026, 3, 9, 10, 0, 0, China), 1);

        Assert.False(local.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 10, 0, 0, China), due);
    }

    [Fact]
    public void HolidayData_CoversTheYearsFrom2020AndNotesItsSource()
    {
        var data = HolidayData.China;

        Assert.Contains(data.Holidays.Keys, d => d.Year == 2020);
        Assert.Contains(data.Holidays.Keys, d => d.Year == 2026);
        Assert.DoesNotContain(data.Holidays.Keys, d => d.Year < 2020);
        Assert.Contains("chinese-days", data.Source);
    }
}
