using System.Globalization;

namespace GridFlow.Web.Components.Issues;

/// <summary>
/// Reading a list's URL values that the API takes typed (ids, booleans, numbers): a malformed one becomes a message
/// naming the parameter, so a hand-edited link shows what is wrong instead of failing.
/// </summary>
public sealed class UrlValues
{
    private readonly List<(string Name, string Problem)> problems = [];

    public IReadOnlyList<(string Name, string Problem)> Problems => problems;

    public Guid? Id(string name, string? value, string problem) => Read(name, value, problem, v => Guid.TryParse(v, out var id) ? id : (Guid?)null);

    public bool? Bool(string name, string? value, string problem) => Read(name, value, problem, v => bool.TryParse(v, out var b) ? b : (bool?)null);

    public int? Number(string name, string? value, string problem) =>
        Read(name, value, problem, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null);

    private T? Read<T>(string name, string? value, string problem, Func<string, T?> parse)
        where T : struct
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            problems.Add((name, problem));
        }

        return parsed;
    }
}
