using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GridFlow.Web.Components.Schemes;

/// <summary>
/// The scheme being edited, as the JSON document itself (the format of api.md, "Assessment"): the form reads and writes
/// values at JSON pointers, so whatever the form does not show (an item's name, a description, even a wrong value the
/// server will point at) is kept as it is.
/// </summary>
public sealed class SchemeDocument
{
    /// <summary>What the API adds to a stored version when it is read; not part of a scheme one saves.</summary>
    private static readonly string[] ReadOnlyFields = ["status", "publishedAt"];

    private static readonly string[] TopOrder = ["schemeId", "name", "description", "version", "regionId", "base", "patrolRule", "items", "grades", "dismissal"];
    private static readonly string[] ItemOrder = ["id", "name", "kind", "everyDays", "afterHours", "withinDays", "withinMeters", "level", "points", "cap", "byFinder"];
    private static readonly string[] GradeOrder = ["grade", "min", "pay"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SchemeDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonArray Items => Root["items"] as JsonArray ?? [];

    public JsonArray Grades => Root["grades"] as JsonArray ?? [];

    /// <summary>A stored version as the API reads it, without the fields the API adds.</summary>
    public static SchemeDocument FromStored(JsonObject stored)
    {
        var root = Ordered((JsonObject)stored.DeepClone(), TopOrder);
        foreach (var field in ReadOnlyFields)
        {
            root.Remove(field);
        }

        foreach (var (list, order) in new[] { ("items", ItemOrder), ("grades", GradeOrder) })
        {
            if (root[list] is JsonArray entries)
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i] is JsonObject entry)
                    {
                        entries[i] = Ordered(entry, order);
                    }
                }
            }
        }

        return new SchemeDocument(root);
    }

    /// <summary>
    /// The fields in the order api.md writes them (the database keeps a document as jsonb, which sorts them its own way);
    /// fields not named keep their order after these.
    /// </summary>
    private static JsonObject Ordered(JsonObject source, IReadOnlyList<string> order)
    {
        var ordered = new JsonObject();
        foreach (var name in order.Where(source.ContainsKey).Concat(source.Select(p => p.Key).Where(k => !order.Contains(k))).ToList())
        {
            var value = source[name];
            source.Remove(name);
            ordered[name] = value;
        }

        return ordered;
    }

    /// <summary>The document in <paramref name="text"/>; a <see cref="JsonException"/> when it is not a JSON object.</summary>
    public static SchemeDocument Parse(string text) =>
        JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) is JsonObject root
            ? new SchemeDocument(root)
            : throw new JsonException("A scheme is a JSON object: { ... }.");

    public string ToText() => Root.ToJsonString(Indented);

    public JsonNode? At(string pointer)
    {
        JsonNode? node = Root;
        foreach (var step in Steps(pointer))
        {
            node = node switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    public double? Number(string pointer) =>
        At(pointer) is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out double number) ? number : null;

    public string? Text(string pointer) =>
        At(pointer) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Sets (null: removes) the value at <paramref name="pointer"/>, making the objects on the way when missing.</summary>
    public void Set(string pointer, JsonNode? value)
    {
        var steps = Steps(pointer).ToList();
        JsonNode parent = Root;
        foreach (var step in steps[..^1])
        {
            var next = parent switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (next is null && parent is JsonObject container && value is not null)
            {
                next = new JsonObject();
                container[step] = next;
            }

            if (next is null)
            {
                return;
            }

            parent = next;
        }

        var last = steps[^1];
        switch (parent)
        {
            case JsonObject o when value is null:
                o.Remove(last);
                break;
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a when int.TryParse(last, out var i) && i >= 0 && i < a.Count:
                a[i] = value;
                break;
        }
    }

    public void SetNumber(string pointer, double? value) => Set(pointer, value is { } v ? JsonValue.Create(v) : null);

    public void SetText(string pointer, string? value) => Set(pointer, string.IsNullOrEmpty(value) ? null : JsonValue.Create(value));

    /// <summary>The top-level list <paramref name="name"/> (made when missing).</summary>
    public JsonArray List(string name)
    {
        if (Root[name] is JsonArray list)
        {
            return list;
        }

        list = [];
        Root[name] = list;
        return list;
    }

    /// <summary>Moves entry <paramref name="index"/> of a list by <paramref name="by"/> places (within the list).</summary>
    public static void Move(JsonArray list, int index, int by)
    {
        var to = index + by;
        if (index < 0 || index >= list.Count || to < 0 || to >= list.Count)
        {
            return;
        }

        var entry = list[index];
        list.RemoveAt(index);
        list.Insert(to, entry);
    }

    /// <summary>RFC 6901 steps of a pointer ("" is the document).</summary>
    private static IEnumerable<string> Steps(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
