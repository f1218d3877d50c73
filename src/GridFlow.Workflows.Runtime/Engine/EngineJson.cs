using System.Text.Json.Serialization;

namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>How instance state and other engine documents are stored in jsonb columns.</summary>
public static class EngineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // "photos", "running": enums read the same in the database as in the API.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static WorkflowInstanceState ReadState(string json) =>
        JsonSerializer.Deserialize<WorkflowInstanceState>(json, Options) ?? throw new InvalidDataException("The instance state is empty.");
}
