namespace GridFlow.Workflows.Core.Serialization;

/// <summary>Turns definition JSON into a <see cref="WorkflowDefinition"/>, collecting every problem on the way.</summary>
public static class WorkflowDefinitionReader
{
    /// <summary>Reads a definition and throws <see cref="InvalidWorkflowDefinitionException"/> on any problem.</summary>
    public static WorkflowDefinition Load(string json)
    {
        var result = Read(json);
        return result.Problems.Count == 0 && result.Definition is { } definition
            ? definition
            : throw new InvalidWorkflowDefinitionException(result.Problems);
    }

    /// <summary>Reads definition JSON text; malformed JSON is a problem at the root pointer.</summary>
    public static DefinitionReadResult Read(string json)
    {
        try
        {
            return Read(JsonNode.Parse(json));
        }
        catch (JsonException ex)
        {
            return new DefinitionReadResult(null, [new WorkflowProblem("", $"Not valid JSON: {ex.Message}")], new HashSet<string>());
        }
    }

    /// <summary>Reads a definition from parsed JSON.</summary>
    public static DefinitionReadResult Read(JsonNode? json)
    {
        var problems = new List<WorkflowProblem>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        if (json is not JsonObject source)
        {
            return new DefinitionReadResult(null, [new WorkflowProblem("", "A definition must be a JSON object.")], unreadable);
        }

        var top = new InputReader(source, "", problems);
        var definitionId = top.String("definitionId", required: true) ?? "";
        var name = top.String("name", required: true) ?? "";
        var description = top.String("description", required: false);
        var version = top.Integer("version", required: true) ?? 0;
        var variables = top.Objects("variables", required: false, v =>
            v.String("name", required: true) is { } n ? new VariableDefinition(n, v.Json["value"]?.DeepClone()) : null);

        var activities = new List<Activity>();
        var connections = new List<Connection>();
        if (source["root"] is JsonObject rootJson)
        {
            var root = top.Child(rootJson, "root");
            ReadActivities(root, activities, unreadable);
            ReadConnections(root, connections);
        }
        else
        {
            top.Problem("/root", source["root"] is null ? "Missing input 'root'." : "'root' must be a flowchart object.");
        }

        var definition = new WorkflowDefinition(definitionId, name, description, version, variables, new Flowchart(activities, connections), source);
        return new DefinitionReadResult(definition, problems, unreadable);
    }

    private static void ReadActivities(InputReader root, List<Activity> activities, HashSet<string> unreadable)
    {
        var array = root.Array("activities", required: true);
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            var pointer = $"{root.Pointer}/activities/{i}";
            if (array[i] is not JsonObject json)
            {
                root.Problem(pointer, "An activity must be an object.");
                continue;
            }

            var input = new InputReader(json, pointer, root.Problems);
            var id = input.String("id", required: true);
            var type = input.String("type", required: true);
            if (id is null || type is null)
            {
                continue;
            }

            if (ActivityRegistry.Find(type) is not { } read)
            {
                input.Problem(input.At("type"), $"Unknown activity type '{type}'; known: {string.Join(", ", ActivityRegistry.TypeNames)}.");
                unreadable.Add(id);
                continue;
            }

            activities.Add(read(input) with { Id = id, Index = i, Position = ReadPosition(json) });
        }
    }

    // Each level is checked to be an object before it is indexed: indexing a text or an array by name throws, and a
    // malformed position is the schema check's to report.
    private static DesignerPosition? ReadPosition(JsonObject json) =>
        json["metadata"] is JsonObject metadata && metadata["designer"] is JsonObject designer && designer["position"] is JsonObject p
        && p["x"] is JsonValue x && x.TryGetValue(out double xv)
        && p["y"] is JsonValue y && y.TryGetValue(out double yv)
            ? new DesignerPosition(xv, yv)
            : null;

    private static void ReadConnections(InputReader root, List<Connection> connections)
    {
        var array = root.Array("connections", required: true);
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            var pointer = $"{root.Pointer}/connections/{i}";
            if (array[i] is not JsonObject json)
            {
                root.Problem(pointer, "A connection must be an object.");
                continue;
            }

            var input = new InputReader(json, pointer, root.Problems);
            var source = ReadEndpoint(input, "source", portRequired: true);
            var target = ReadEndpoint(input, "target", portRequired: false);
            if (source is not null && target is not null)
            {
                connections.Add(new Connection(source, target, i));
            }
        }
    }

    private static ConnectionEndpoint? ReadEndpoint(InputReader connection, string name, bool portRequired)
    {
        if (connection.Json[name] is not JsonObject json)
        {
            connection.Problem(connection.At(name), $"Missing input '{name}' ({{ \"activity\", \"port\" }}).");
            return null;
        }

        var endpoint = connection.Child(json, name);
        var activity = endpoint.String("activity", required: true);
        var port = endpoint.String("port", required: portRequired);
        return activity is null ? null : new ConnectionEndpoint(activity, port ?? "in");
    }
}
