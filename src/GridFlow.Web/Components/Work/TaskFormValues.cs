using System.Text.Json;
using System.Text.Json.Nodes;
using GridFlow.Contracts.Tasks;

namespace GridFlow.Web.Components.Work;

/// <summary>
/// What the user typed into a task's form, one value per field of its definition, and the <c>data</c> object the
/// completion sends (empty fields left out, so the validator, not the page, says what is missing).
/// </summary>
public sealed class TaskFormValues
{
    public Dictionary<string, string?> Texts { get; } = [];

    public Dictionary<string, decimal?> Numbers { get; } = [];

    public Dictionary<string, List<string>> Photos { get; } = [];

    public JsonObject ToData(IEnumerable<FormFieldView> form)
    {
        var data = new JsonObject();
        foreach (var field in form)
        {
            JsonNode? value = field.Type switch
            {
                "number" => Numbers.GetValueOrDefault(field.Name) is { } number ? JsonValue.Create(number) : null,
                "photos" => Photos.GetValueOrDefault(field.Name) is { Count: > 0 } ids ? new JsonArray([.. ids.Select(id => JsonValue.Create(id))]) : null,
                _ => Texts.GetValueOrDefault(field.Name) is { } text && !string.IsNullOrWhiteSpace(text) ? JsonValue.Create(text) : null,
            };
            if (value is not null)
            {
                data[field.Name] = value;
            }
        }

        return data;
    }

    /// <summary>A submitted value as text, for the read-only view of a done task (photos are drawn apart).</summary>
    public static string? Shown(JsonObject? data, string field) => data?[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonNode node => node.ToJsonString(),
    };

    /// <summary>The attachment ids a done task's photos field holds.</summary>
    public static List<string> ShownPhotos(JsonObject? data, string field) =>
        data?[field] is JsonArray ids ? [.. ids.Select(id => id?.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null).OfType<string>()] : [];
}
