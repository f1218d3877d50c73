namespace GridFlow.Workflows.Core.Calendar;

/// <summary>The Asia/Shanghai time zone that working days are counted in.</summary>
public static class ChinaTime
{
    /// <summary>
    /// Asia/Shanghai from the system's tz database; a fixed UTC+8 zone when the database is missing
    /// (China has had no daylight saving time since 1991, so the two agree for every date we count).
    /// </summary>
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>The local date and time of an instant in China.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
