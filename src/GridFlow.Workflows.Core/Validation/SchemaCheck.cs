using Json.Schema;

namespace GridFlow.Workflows.Core.Validation;

/// <summary>Checks a definition against <c>workflows/schema/workflow-definition.schema.json</c> (embedded).</summary>
internal static class SchemaCheck
{
    private const string ResourceName = "GridFlow.Workflows.Core.Validation.workflow-definition.schema.json";

    private static readonly Lazy<JsonSchema> schema = new(Load);

    /// <summary>The schema text, for hosts that serve it.</summary>
    public static string Text { get; } = ReadText();

    public static List<WorkflowProblem> Run(JsonNode json)
    {
        var results = schema.Value.Evaluate(
            JsonSerializer.SerializeToElement(json),
            new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var problems = new List<WorkflowProblem>();
        Collect(results, problems);
        return problems;
    }

    // Descend only through failing nodes: a oneOf that passed still carries its failed alternatives.
    private static void Collect(EvaluationResults node, List<WorkflowProblem> problems)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var pointer = node.InstanceLocation.ToString();
            problems.Add(new WorkflowProblem(pointer, Explain(pointer, keyword, message)));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, problems);
        }
    }

    // additionalProperties: false fails through the "false" schema, whose own message says nothing useful.
    private static string Explain(string pointer, string keyword, string message) =>
        message.Contains("false schema", StringComparison.Ordinal)
            ? $"Schema: property '{pointer[(pointer.LastIndexOf('/') + 1)..]}' is not allowed here."
            : $"Schema ({keyword}): {message}";

    private static JsonSchema Load() =>
        JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ReadText()
    {
        using var stream = typeof(SchemaCheck).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
