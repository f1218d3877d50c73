using System.Text.Json.Nodes;
using GridFlow.Testing;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Workflow definitions for tests: the repository's files, altered, and small ones built from parts.</summary>
public static class Definitions
{
    /// <summary>A workflow file of the repository (walks up from the test binaries to <c>workflows/</c>).</summary>
    public static JsonObject File(string name)
    {
        var path = Path.Combine(RepoPaths.Workflows, $"{name}.json");
        return JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
    }

    /// <summary>issue-lifecycle under another id, with the accept task renamed (to tell versions apart).</summary>
    public static JsonObject Lifecycle(string definitionId, string acceptName)
    {
        var definition = File("issue-lifecycle");
        definition["definitionId"] = definitionId;
        definition.Remove("$schema");
        Activity(definition, "accept")["name"] = acceptName;
        return definition;
    }

    public static JsonObject Activity(JsonObject definition, string id) =>
        definition["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["id"]!.GetValue<string>() == id);

    /// <summary>start → task "first" (township officers, outcome go) → a Decision on <paramref name="condition"/> → end.</summary>
    public static JsonObject WithDecision(string definitionId, string condition) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["variables"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray(
                Node(new { id = "start", type = "GridFlow.Start" }),
                Node(new { id = "first", type = "GridFlow.UserTask", name = "first", assignee = new { rule = "townshipOfficers" }, due = "PT2H", outcomes = new[] { "go" } }),
                Node(new { id = "decide", type = "GridFlow.Decision", condition }),
                Node(new { id = "end", type = "GridFlow.End" })),
            ["connections"] = new JsonArray(
                Connection("start", "done", "first"),
                Connection("first", "go", "decide"),
                Connection("decide", "true", "end"),
                Connection("decide", "false", "end")),
        },
    };

    private static JsonNode Node(object value) => JsonSerializer.SerializeToNode(value)!;

    private static JsonNode Connection(string from, string port, string to) =>
        Node(new { source = new { activity = from, port }, target = new { activity = to, port = "in" } });
}
