using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GridFlow.Workflows.Management.Services;

/// <summary>Helpers for definition documents as they are stored.</summary>
internal static class DefinitionDocument
{
    /// <summary>Chinese names and descriptions stay readable in the stored text.</summary>
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A copy of <paramref name="source"/> with its <c>version</c> set to the version it is stored as.</summary>
    public static JsonObject WithVersion(JsonObject source, int version)
    {
        var copy = source.DeepClone().AsObject();
        copy["version"] = version;
        return copy;
    }

    public static string ToText(JsonNode json) => json.ToJsonString(Writing);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Problems as problem-details <c>errors</c>: JSON pointer → messages.</summary>
    public static Dictionary<string, string[]> ToErrors(IEnumerable<WorkflowProblem> problems) =>
        problems.GroupBy(p => p.Pointer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
