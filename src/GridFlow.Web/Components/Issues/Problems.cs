using GridFlow.Web.Modules;

namespace GridFlow.Web.Components.Issues;

/// <summary>What the API said when it refused, as one line for the page: its field messages, else its message, else the status.</summary>
public static class Problems
{
    public static string Of<T>(CallOutcome<T> outcome, string refused) =>
        string.Join(" ", outcome.Errors.SelectMany(e => e.Value).DefaultIfEmpty(outcome.Message ?? refused));
}
