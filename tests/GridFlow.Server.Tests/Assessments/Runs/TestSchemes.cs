using System.Text.Json.Nodes;
using GridFlow.Assessments.Scoring;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>The shipped monthly scheme (<c>workflows/assessment/inspector-monthly.json</c>), as published (version 1), and variants of it.</summary>
public static class TestSchemes
{
    public static JsonObject Shipped()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "workflows", "assessment", "inspector-monthly.json");
        if (!File.Exists(path))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "workflows", "assessment", "inspector-monthly.json");
                if (File.Exists(candidate))
                {
                    path = candidate;
                    break;
                }
            }
        }

        var scheme = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        scheme["version"] = 1;
        return scheme;
    }

    public static SchemeRules Rules(Action<JsonObject>? change = null)
    {
        var scheme = Shipped();
        change?.Invoke(scheme);
        return SchemeRules.Parse(scheme.ToJsonString());
    }

    /// <summary>The shipped scheme with only the items of <paramref name="kinds"/>, so a test reads one line alone.</summary>
    public static SchemeRules Only(params string[] kinds) => Rules(s =>
    {
        var items = s["items"]!.AsArray().Where(i => kinds.Contains(i!["kind"]!.GetValue<string>())).Select(i => i!.DeepClone()).ToArray();
        s["items"] = new JsonArray(items);
    });
}
