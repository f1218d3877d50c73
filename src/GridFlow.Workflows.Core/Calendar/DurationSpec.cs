using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GridFlow.Workflows.Core.Calendar;

/// <summary>
/// A deadline length: either a fixed ISO 8601 duration (<c>"PT2H"</c>, <c>"P1D"</c>, <c>"PT30S"</c>, counted
/// in elapsed time) or a number of working days (<c>{ "workingDays": 3 }</c>, counted with a
/// <see cref="WorkingDayCalendar"/>). Years and months are refused because their length is ambiguous.
/// </summary>
public sealed partial record DurationSpec
{
    private DurationSpec(TimeSpan? fixedLength, int? workingDays)
    {
        Fixed = fixedLength;
        WorkingDays = workingDays;
    }

    /// <summary>The elapsed-time length, when this is an ISO 8601 duration.</summary>
    public TimeSpan? Fixed { get; }

    /// <summary>The number of working days, when this is a working-day duration.</summary>
    public int? WorkingDays { get; }

    /// <summary>A fixed elapsed-time duration.</summary>
    public static DurationSpec FromTimeSpan(TimeSpan length) => new(length, null);

    /// <summary>A duration in working days.</summary>
    public static DurationSpec FromWorkingDays(int days) => new(null, days);

    /// <summary>Parses an ISO 8601 duration string; throws <see cref="FormatException"/> when it is not one.</summary>
    public static DurationSpec Parse(string iso) =>
        TryParseIso(iso, out var length) ? FromTimeSpan(length) : throw new FormatException($"'{iso}' is not an ISO 8601 duration like PT2H or P1D.");

    /// <summary>Reads a duration from its JSON form: an ISO 8601 string or <c>{ "workingDays": n }</c>.</summary>
    public static bool TryParse(JsonNode? node, [NotNullWhen(true)] out DurationSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        error = null;
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? text):
                if (TryParseIso(text, out var length))
                {
                    spec = FromTimeSpan(length);
                    return true;
                }

                error = $"'{text}' is not an ISO 8601 duration like PT2H, P1D or PT30S (years and months are not allowed).";
                return false;
            case JsonObject obj when obj.Count == 1 && obj["workingDays"] is JsonValue days
                                     && days.TryGetValue(out int n) && n >= 0:
                spec = FromWorkingDays(n);
                return true;
            default:
                error = "A duration is an ISO 8601 string like \"PT2H\" or { \"workingDays\": n } with n a whole number ≥ 0.";
                return false;
        }
    }

    /// <summary>The instant this long after <paramref name="start"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start, WorkingDayCalendar calendar) =>
        WorkingDays is { } days ? calendar.AddWorkingDays(start, days) : start + Fixed!.Value;

    /// <summary>Whether the duration is longer than nothing.</summary>
    public bool IsPositive => WorkingDays is { } days ? days > 0 : Fixed > TimeSpan.Zero;

    /// <summary>The JSON form of this duration.</summary>
    public JsonNode ToJson() => WorkingDays is { } days
        ? new JsonObject { ["workingDays"] = days }
        : JsonValue.Create(System.Xml.XmlConvert.ToString(Fixed!.Value));

    /// <inheritdoc />
    public override string ToString() => ToJson().ToJsonString();

    private static bool TryParseIso(string text, out TimeSpan length)
    {
        length = TimeSpan.Zero;
        var m = IsoDuration().Match(text);
        if (!m.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        double Part(string name) => m.Groups[name].Success ? double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        length = TimeSpan.FromDays((Part("w") * 7) + Part("d"))
            + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s"));
        return true;
    }

    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex IsoDuration();
}
