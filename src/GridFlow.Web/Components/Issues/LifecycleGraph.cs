using System.Text.Json.Nodes;

namespace GridFlow.Web.Components.Issues;

/// <summary>
/// A workflow definition's flowchart as the lifecycle drawing needs it: each activity at its designer position and the
/// connections between them, read from the definition's JSON (<c>root.activities[].metadata.designer.position</c>,
/// <c>root.connections[]</c>). An activity without a position is laid out after the last one.
/// </summary>
public sealed record LifecycleGraph(IReadOnlyList<LifecycleNode> Nodes, IReadOnlyList<(string From, string To)> Edges)
{
    public static LifecycleGraph Parse(string json)
    {
        var root = JsonNode.Parse(json)?["root"];
        var nodes = new List<LifecycleNode>();
        var nextX = 0.0;
        foreach (var activity in root?["activities"]?.AsArray() ?? [])
        {
            if (activity?["id"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var position = activity["metadata"]?["designer"]?["position"];
            var x = position?["x"]?.GetValue<double>() ?? nextX;
            var y = position?["y"]?.GetValue<double>() ?? 0;
            nextX = Math.Max(nextX, x + 240);
            nodes.Add(new LifecycleNode(id, activity["type"]?.GetValue<string>() ?? "", activity["name"]?.GetValue<string>(), x, y));
        }

        var edges = new List<(string, string)>();
        foreach (var connection in root?["connections"]?.AsArray() ?? [])
        {
            if (connection?["source"]?["activity"]?.GetValue<string>() is { } from && connection["target"]?["activity"]?.GetValue<string>() is { } to)
            {
                edges.Add((from, to));
            }
        }

        return new LifecycleGraph(nodes, edges);
    }
}
