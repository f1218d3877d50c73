namespace GridFlow.Workflows.Core.Validation;

/// <summary>
/// Validates a definition and reports every problem with a JSON pointer into it: schema violations, unknown
/// types, missing or malformed inputs, expressions that do not parse, bad durations, graph problems
/// (dangling connections, wrong ports, unreachable activities, no path to an End, automatic cycles, Start count)
/// and unknown templates, roles, statuses and variables. An empty list means the definition can run.
/// </summary>
public sealed class WorkflowValidator(WorkflowValidationOptions? options = null)
{
    /// <summary>The most activities a definition may have (the shipped lifecycle has 29).</summary>
    public const int MaxActivities = 500;

    /// <summary>The most connections a definition may have.</summary>
    public const int MaxConnections = 2_000;

    private readonly WorkflowValidationOptions options = options ?? WorkflowValidationOptions.Default;

    /// <summary>Validates definition JSON text.</summary>
    public IReadOnlyList<WorkflowProblem> Validate(string json)
    {
        try
        {
            return Validate(JsonNode.Parse(json));
        }
        catch (JsonException ex)
        {
            return [new WorkflowProblem("", $"Not valid JSON: {ex.Message}")];
        }
    }

    /// <summary>Validates a parsed definition.</summary>
    public IReadOnlyList<WorkflowProblem> Validate(JsonNode? json)
    {
        // Refused before anything is read: the checks below cost time in proportion to the graph's size.
        if (TooLarge(json) is { } tooLarge)
        {
            return [tooLarge];
        }

        var read = WorkflowDefinitionReader.Read(json);
        if (read.Definition is not { } definition)
        {
            return read.Problems;
        }

        var problems = new List<WorkflowProblem>(read.Problems);
        problems.AddRange(SchemaProblemsNotYetReported(SchemaCheck.Run(json!), read.Problems));
        problems.AddRange(GraphCheck.Run(definition.Root, read.UnreadableActivityIds));
        problems.AddRange(CatalogCheck.Run(definition, options));
        return problems;
    }

    /// <summary>
    /// The reader reports most structural problems with a sharper pointer and message than the schema, so a schema
    /// problem is dropped when the reader already reported at its pointer or above it, or reported a missing input beneath it.
    /// </summary>
    private static IEnumerable<WorkflowProblem> SchemaProblemsNotYetReported(IEnumerable<WorkflowProblem> schemaProblems, IReadOnlyList<WorkflowProblem> readProblems)
    {
        var covered = new HashSet<string>(readProblems.Select(p => p.Pointer), StringComparer.Ordinal);
        foreach (var p in readProblems.Where(p => p.Message.StartsWith("Missing input", StringComparison.Ordinal)))
        {
            covered.Add(p.Pointer[..p.Pointer.LastIndexOf('/')]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return schemaProblems.Where(p =>
            !covered.Contains(p.Pointer)
            && !readProblems.Any(r => r.Pointer.Length > 0 && p.Pointer.StartsWith(r.Pointer + "/", StringComparison.Ordinal))
            && seen.Add(p.Pointer));
    }

    // Anything but an object (an array, a text, null) is the reader's to refuse; indexing it by name would throw.
    private static WorkflowProblem? TooLarge(JsonNode? json) =>
        json is not JsonObject definition || definition["root"] is not JsonObject root ? null
        : root["activities"] is JsonArray { Count: > MaxActivities } activities
            ? new WorkflowProblem("/root/activities", $"A definition has at most {MaxActivities} activities; this one has {activities.Count}.")
        : root["connections"] is JsonArray { Count: > MaxConnections } connections
            ? new WorkflowProblem("/root/connections", $"A definition has at most {MaxConnections} connections; this one has {connections.Count}.")
        : null;
}
