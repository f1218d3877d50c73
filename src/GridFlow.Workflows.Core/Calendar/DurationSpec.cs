using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GridFlow.Workflows.Core.Calendar;

/// <summary>
/// A deadline length: either a fixed ISO 8601 duration (<c>"PT2H"</c>, <c>"P1D"</c>, <c>"PT30S"</c>, counted
/// in elapsed time) or a number of working days (<c>{ "workingDays": 3 }</c>, counted with a
/// <see cref="WorkingDayCalendar"/>). Years and months are refused because their length is ambiguous. A task's
/// <c>due</c> may also be an instant held by a workflow variable (<c>{ "at": "dueAt" }</c>), for a deadline the case was
/// started with (a cross-check's due time); the timer planner reads it from the instance's variables.
/// </summary>
public sealed partial record DurationSpec
{
    /// <summary>The longest fixed duration: ten years, so a deadline counted from any date of this century fits.</summary>
    public static readonly TimeSpan MaxFixed = TimeSpan.FromDays(3650);

    /// <summary>The most working days: about ten years of them.</summary>
    public const int MaxWorkingDays = 2500;

    private DurationSpec(TimeSpan? fixedLength, int? workingDays, string? atVariable = null)
    {
        Fixed = fixedLength;
        WorkingDays = workingDays;
        AtVariable = atVariable;
    }

    /// <summary>The elapsed-time length, when this is an ISO 8601 duration.</summary>
    public TimeSpan? Fixed { get; }

    /// <summary>The number of working days, when this is a working-day duration.</summary>
    public int? WorkingDays { get; }

    /// <summary>The variable holding the deadline's instant, when this is an <c>{ "at": name }</c> deadline.</summary>
    public string? AtVariable { get; }

    /// <summary>A deadline at the instant variable <paramref name="variable"/> holds.</summary>
    public static DurationSpec AtVariableValue(string variable) => new(null, null, variable);

    /// <summary>A fixed elapsed-time duration.</summary>
    public static DurationSpec FromTimeSpan(TimeSpan length) => new(length, null);

    /// <summary>A duration in working days.</summary>
    public static DurationSpec FromWorkingDays(int days) => new(null, days);

    /// <summary>Parses an ISO 8601 duration string; throws <see cref="FormatException"/> when it is not one.</summary>
    public static DurationSpec Parse(string iso) =>
        TryParseIso(iso, out var length) ? FromTimeSpan(length) : throw new FormatException($"'{iso}' is not an ISO 8601 duration like PT2H or P1D of at most {MaxFixed.TotalDays:0} days.");

    /// <summary>
    /// Reads a duration from its JSON form: an ISO 8601 string or <c>{ "workingDays": n }</c>, and, where
    /// <paramref name="allowAt"/> (a task's <c>due</c>), <c>{ "at": "variableName" }</c>.
    /// </summary>
    public static bool TryParse(JsonNode? node, [NotNullWhen(true)] out DurationSpec? spec, [NotNullWhen(false)] out string? error, bool allowAt = false)
    {
        spec = null;
        error = null;
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? text):
                if (!IsoDuration().IsMatch(text) || text is "P" or "PT" || text.EndsWith('T'))
                {
                    error = $"'{text}' is not an ISO 8601 duration like PT2H, P1D or PT30S (years and months are not allowed).";
                    return false;
                }

                if (!TryParseIso(text, out var length))
                {
                    error = $"'{text}' is longer than {MaxFixed.TotalDays:0} days, the longest duration a workflow may use.";
                    return false;
                }

                spec = FromTimeSpan(length);
                return true;
            case JsonObject obj when obj.Count == 1 && obj["workingDays"] is JsonValue days
                                     && days.TryGetValue(out int n) && n is >= 0 and <= MaxWorkingDays:
                spec = FromWorkingDays(n);
                return true;
            case JsonObject obj when allowAt && obj.Count == 1 && obj.ContainsKey("at"):
                if (obj["at"] is JsonValue at && at.TryGetValue(out string? variable) && VariableName().IsMatch(variable))
                {
                    spec = AtVariableValue(variable);
                    return true;
                }

                error = "\"at\" names the workflow variable that holds the deadline's instant (an ISO 8601 time with offset).";
                return false;
            default:
                error = $"A duration is an ISO 8601 string like \"PT2H\" or {{ \"workingDays\": n }} with n a whole number from 0 to {MaxWorkingDays}.";
                return false;
        }
    }

    /// <summary>The instant this long after <paramref name="start"/>; an <c>at</c> deadline has no length and is planned from its variable.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start, WorkingDayCalendar calendar) =>
        AtVariable is not null ? throw new InvalidOperationException($"The deadline at variable '{AtVariable}' is not a length; TimerPlan reads it from the variables.")
        : WorkingDays is { } days ? calendar.AddWorkingDays(start, days) : start + Fixed!.Value;

    /// <summary>Whether the duration is longer than nothing (a deadline at a variable's instant counts as such).</summary>
    public bool IsPositive => AtVariable is not null || (WorkingDays is { } days ? days > 0 : Fixed > TimeSpan.Zero);

    /// <summary>The JSON form of this duration.</summary>
    public JsonNode ToJson() => AtVariable is { } variable ? new JsonObject { ["at"] = variable }
        : WorkingDays is { } days ? new JsonObject { ["workingDays"] = days }
        : JsonValue.Create(System.Xml.XmlConvert.ToString(Fixed!.Value));

    /// <inheritdoc />
    public override string ToString() => ToJson().ToJsonString();

    /// <summary>
    /// Reads an ISO 8601 duration no longer than <see cref="MaxFixed"/>. The parts are added up as seconds in a double
    /// first, so a part of any size (<c>P99999999999D</c>) is refused instead of overflowing a <see cref="TimeSpan"/>.
    /// </summary>
    private static bool TryParseIso(string text, out TimeSpan length)
    {
        length = TimeSpan.Zero;
        var m = IsoDuration().Match(text);
        if (!m.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        double Part(string name) => m.Groups[name].Success ? double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = (((Part("w") * 7) + Part("d")) * 86_400) + (Part("h") * 3_600) + (Part("m") * 60) + Part("s");
        if (!(seconds <= MaxFixed.TotalSeconds))
        {
            return false;
        }

        length = TimeSpan.FromSeconds(seconds);
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex IsoDuration();
}
