namespace GridFlow.Web.Components.Statistics;

/// <summary>
/// How the map colours a grid by its open issues: one scale, read by the legend and handed to the map's script, so
/// the colour a grid gets and the legend's key are the same by construction.
/// </summary>
public static class GridColours
{
    /// <summary>Each step: from this many open issues on, this colour (light green for none to dark red).</summary>
    public static IReadOnlyList<(int From, string Colour)> Steps { get; } =
    [
        (0, "#e8f5e9"),
        (1, "#fff176"),
        (2, "#ffb74d"),
        (4, "#f4511e"),
        (7, "#b71c1c"),
    ];

    public static string For(int open) => Steps.Last(s => open >= s.From).Colour;

    /// <summary>A step's label: "0", "1", "2–3", "7+".</summary>
    public static string Label(int index) =>
        index == Steps.Count - 1 ? $"{Steps[index].From}+"
        : Steps[index + 1].From - 1 == Steps[index].From ? $"{Steps[index].From}"
        : $"{Steps[index].From}–{Steps[index + 1].From - 1}";
}
