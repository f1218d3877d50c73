using System.Text.Json;
using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Models;

namespace GridFlow.Workflows.Core.Tests.TestSupport;

/// <summary>Builds small definition fixtures: activities from anonymous objects, connections from "a.port->b".</summary>
internal static class Fixture
{
    public static JsonObject Activity(string id, string type, object? inputs = null)
    {
        var json = new JsonObject { ["id"] = id, ["type"] = "GridFlow." + type };
        if (inputs is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
            {
                json[key] = value?.DeepClone();
            }
        }

        return json;
    }

    public static JsonObject Task(string id, params string[] outcomes) =>
        Activity(id, "UserTask", new { name = id, assignee = new { rule = "gridInspector" }, due = "PT2H", outcomes });

    public static JsonObject Definition(IEnumerable<JsonObject> activities, params string[] connections) => new()
    {
        ["definitionId"] = "fixture",
        ["name"] = "Fixture",
        ["version"] = 1,
        ["variables"] = new JsonArray(new JsonObject { ["name"] = "count", ["value"] = 0 }, new JsonObject { ["name"] = "note" }),
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray([.. activities]),
            ["connections"] = new JsonArray([.. connections.Select(Connection)]),
        },
    };

    public static WorkflowDefinition Load(JsonObject definition) => WorkflowDefinition.Load(definition.ToJsonString());

    private static JsonNode Connection(string text)
    {
        var (from, to) = (text.Split("->")[0], text.Split("->")[1]);
        var dot = from.LastIndexOf('.');
        return new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = from[..dot], ["port"] = from[(dot + 1)..] },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "in" },
        };
    }
}
