using System.Globalization;

namespace GridFlow.Web.Components.Shared;

/// <summary>
/// Times and dates as everyone who uses GridFlow reads them: in China time (UTC+8, no daylight saving), whatever the
/// server's or the browser's zone.
/// </summary>
public static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Of(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public static string Format(DateTimeOffset at) => Of(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Of(clock.GetUtcNow()).DateTime);
}
