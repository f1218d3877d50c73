using System.Globalization;

namespace GridFlow.Web.Components.Statistics;

/// <summary>The dashboard's and map's address values as read: a region id and dates, or the message for a bad one.</summary>
public static class DashboardQuery
{
    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    public static bool TryRegion(string? text, out Guid? region)
    {
        region = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (Guid.TryParse(text, out var parsed))
        {
            region = parsed;
            return true;
        }

        return false;
    }

    public static bool? Bool(string? text) => text switch { "true" => true, "false" => false, _ => null };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
