using System.Globalization;
using System.Text.RegularExpressions;

namespace GridFlow.Web.Components.Schemes;

/// <summary>
/// What the form's fields share (cascaded): the document, the server's problems by JSON pointer, whether the caller may
/// edit, and what to do after a change (the page writes the JSON beside the form again). A field's HTML id is its
/// pointer (<c>/grades/0/min</c> → <c>f-grades-0-min</c>), so a problem finds its field and a test finds both.
/// </summary>
public sealed partial class SchemeEditing(SchemeDocument document, IReadOnlyDictionary<string, string[]> errors, bool readOnly, Action changed)
{
    public SchemeDocument Document { get; } = document;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public bool ReadOnly { get; } = readOnly;

    public void Changed() => changed();

    public static string FieldId(string pointer) => "f" + FieldChars().Replace(pointer, "-");

    public string? ErrorOf(string pointer) => Errors.TryGetValue(pointer, out var messages) && messages.Length > 0 ? string.Join(" ", messages) : null;

    /// <summary>Whether the form shows a field for <paramref name="pointer"/> (an item's kind-specific field only on an item of that kind).</summary>
    public bool HasField(string pointer)
    {
        if (TopField().IsMatch(pointer))
        {
            return true;
        }

        if (GradeField().Match(pointer) is { Success: true } grade)
        {
            return int.Parse(grade.Groups[1].Value, CultureInfo.InvariantCulture) < Document.Grades.Count;
        }

        if (ItemField().Match(pointer) is not { Success: true } item)
        {
            return false;
        }

        var index = int.Parse(item.Groups[1].Value, CultureInfo.InvariantCulture);
        var kind = Document.Text($"/items/{index}/kind");
        var name = item.Groups[2].Value;
        return index < Document.Items.Count && (name == "kind" || SchemeItemFields.Takes(kind, name.Split('/')[0]));
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex FieldChars();

    [GeneratedRegex("^/(schemeId|name|base|patrolRule/(minMinutes|minKm|minInsideRatio|maxKmh)|dismissal/consecutiveFailing)$")]
    private static partial Regex TopField();

    [GeneratedRegex("^/grades/([0-9]+)/(grade|min|pay)$")]
    private static partial Regex GradeField();

    [GeneratedRegex("^/items/([0-9]+)/(id|kind|points|cap|everyDays|afterHours|withinDays|withinMeters|level|byFinder/(city|county|cross-check|public))$")]
    private static partial Regex ItemField();
}
