using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GridFlow.Workflows.Core.Validation;

/// <summary>Checks a definition against <c>workflows/schema/workflow-definition.schema.json</c> (embedded).</summary>
internal static class SchemaCheck
{
    private const string ResourceName = "GridFlow.Workflows.Core.Validation.workflow-definition.schema.json";

    private static readonly Lazy<JsonSchema> schema = new(Load);

    /// <summary>The schema text, for hosts that serve it.</summary>
    public static string Text { get; } = ReadText();

    public static IEnumerable<WorkflowProblem> Run(JsonNode json)
    {
        var results = schema.Value.Evaluate(
            JsonSerializer.SerializeToElement(json),
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            yield break;
        }

        foreach (var node in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                yield return new WorkflowProblem(node.InstanceLocation.ToString(), $"Schema ({keyword}): {message}");
            }
        }
    }

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
