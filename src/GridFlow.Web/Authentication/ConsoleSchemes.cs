namespace GridFlow.Web.Authentication;

/// <summary>The console's authentication schemes, beside the API's bearer scheme.</summary>
public static class ConsoleSchemes
{
    /// <summary>The console's cookie (its name too).</summary>
    public const string Cookie = "GridFlow.Console";

    /// <summary>The default scheme: picks the bearer scheme or the cookie per request (<see cref="SchemeSelector"/>).</summary>
    public const string Selector = "GridFlow.Selector";
}
