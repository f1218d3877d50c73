using System.Globalization;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Web.Components.Issues;

/// <summary>Times as the pages show them: in China time (the deployment's), whatever the server's own zone.</summary>
public static class ChinaClock
{
    public static string Format(DateTimeOffset? at) =>
        at is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
