using System.Globalization;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>The inclusive <c>from</c>/<c>to</c> dates of list endpoints: <c>yyyy-MM-dd</c>, days in China time.</summary>
public static class ListDates
{
    /// <summary>The date, or null when absent; a malformed one adds an error on <paramref name="field"/>.</summary>
    public static DateOnly? Parse(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors[field] = [$"{field} must be a date written yyyy-MM-dd (between 2000 and 2100)."];
        return null;
    }

    /// <summary>The instant the day begins in China.</summary>
    public static DateTimeOffset? StartOf(DateOnly? date)
    {
        if (date is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
