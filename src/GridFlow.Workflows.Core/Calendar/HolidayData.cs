using System.Globalization;

namespace GridFlow.Workflows.Core.Calendar;

/// <summary>
/// Official holidays and make-up workdays (调休). <see cref="China"/> is the embedded
/// <c>china-holidays.json</c>, extracted from the npm package <c>chinese-days</c> (see Calendar/README.md).
/// </summary>
public sealed record HolidayData(
    IReadOnlyDictionary<DateOnly, string> Holidays,
    IReadOnlyDictionary<DateOnly, string> MakeUpWorkdays,
    string Source)
{
    private static readonly Lazy<HolidayData> china = new(LoadChina);

    /// <summary>The official calendar of the People's Republic of China, 2020 to the last published year.</summary>
    public static HolidayData China => china.Value;

    /// <summary>Reads the <c>china-holidays.json</c> format: <c>{ "source", "holidays": {date: name}, "workdays": {date: name} }</c>.</summary>
    public static HolidayData Parse(Stream json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("The holiday file is empty.");
        return new HolidayData(
            ReadDates(root["holidays"]),
            ReadDates(root["workdays"]),
            root["source"]?.GetValue<string>() ?? "unknown");
    }

    private static Dictionary<DateOnly, string> ReadDates(JsonNode? node) =>
        (node?.AsObject() ?? [])
            .ToDictionary(
                p => DateOnly.ParseExact(p.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                p => p.Value?.GetValue<string>() ?? string.Empty);

    private static HolidayData LoadChina()
    {
        const string name = "GridFlow.Workflows.Core.Calendar.china-holidays.json";
        using var stream = typeof(HolidayData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return Parse(stream);
    }
}
