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

    /// <summary>A grid without a result in the run (no inspector, or one the run did not assess): grey.</summary>
    public const string NoGrade = "#bdbdbd";

    /// <summary>Ten colours from the best grade (green) to the worst (red); a scheme's grades spread over them.</summary>
    private static readonly string[] GradePalette = ["#1b5e20", "#43a047", "#7cb342", "#c0ca33", "#fdd835", "#ffb300", "#fb8c00", "#f4511e", "#d32f2f", "#b71c1c"];

    /// <summary>The colour of the grade at <paramref name="index"/> of a scheme's <paramref name="count"/> grades, best first.</summary>
    public static string ForGrade(int index, int count) =>
        count <= 1 ? GradePalette[0] : GradePalette[(int)Math.Round(index * (GradePalette.Length - 1) / (double)(count - 1))];

    /// <summary>Each of a scheme's grades (best first) and its colour: the legend's rows and the map's fill, from one list.</summary>
    public static IReadOnlyList<(string Grade, string Colour)> ForGrades(IReadOnlyList<string> grades) =>
        grades.Select((g, i) => (g, ForGrade(i, grades.Count))).ToList();
}
