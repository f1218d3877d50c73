using System.Text.Json.Nodes;
using GridFlow.Testing;

namespace GridFlow.Server.Tests.Assessments.Schemes;

/// <summary>The default monthly scheme as shipped in <c>workflows/assessment/</c>, to change in tests.</summary>
public static class ShippedScheme
{
    public static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "workflows", "assessment", "inspector-monthly.json")))!.AsObject();

    /// <summary>The shipped scheme with one change made by <paramref name="change"/>.</summary>
    public static JsonObject With(Action<JsonObject> change)
    {
        var scheme = Load();
        change(scheme);
        return scheme;
    }
}
