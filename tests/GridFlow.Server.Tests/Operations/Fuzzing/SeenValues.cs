using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// Values the server has answered with, by the name of the field they came in, for each role. A path, query or body
/// value named like one of them is most often a real one (a grid id the role listed, an outcome of a real task, the
/// location of a real issue), so that requests get past "not found" to the handlers' own checks. Keys are the field
/// name (<c>gridId</c>), the resource and field of listed objects (<c>grids.id</c>), the id of an object in a list
/// (<c>incidents</c> → <c>incidentId</c>) and one text of a list of texts (<c>outcomes</c> → <c>outcome</c>).
/// </summary>
public sealed class SeenValues
{
    private const int MaxPerKey = 48;
    private const int MaxTextLength = 200;
    private const int MaxObjectLength = 4096;
    private const int MaxDocumentLength = 256 * 1024;
    private readonly Dictionary<string, Dictionary<string, List<JsonNode>>> byRole = [];

    public void Harvest(string role, ApiOperation operation, JsonNode? body)
    {
        var pool = byRole.TryGetValue(role, out var found) ? found : byRole[role] = [];
        switch (body)
        {
            case JsonArray listed:
                foreach (var item in listed)
                {
                    Walk(pool, item, operation.Resource, listedAtTop: true, list: null);
                }

                break;
            case JsonObject single:
                Walk(pool, single, operation.Resource, listedAtTop: true, list: null);
                if (operation.Method == HttpMethod.Get && single.ToJsonString().Length <= MaxDocumentLength)
                {
                    // What a resource reads as is often what a write of it takes (a definition, an inspector).
                    Add(pool, DocumentKey(operation), single, MaxDocumentLength);
                }

                break;
        }
    }

    /// <summary>
    /// A value seen under the first of the keys that has any: most often one the role itself was given, sometimes one
    /// another role was given (scoping is part of what is tested), or null.
    /// </summary>
    public JsonNode? Pick(Random random, string role, IEnumerable<string> keys)
    {
        var anyone = random.NextDouble() < 0.3;
        foreach (var key in keys)
        {
            var candidates = !anyone && byRole.TryGetValue(role, out var pool) && pool.TryGetValue(key, out var own)
                ? own
                : byRole.Values.SelectMany(p => p.TryGetValue(key, out var values) ? values : []).ToList();
            if (candidates.Count > 0)
            {
                return candidates[random.Next(candidates.Count)].DeepClone();
            }
        }

        return null;
    }

    /// <summary>The key of whole objects read from the resource, for request bodies.</summary>
    public static string DocumentKey(ApiOperation operation) => $"{operation.Resource}.(document)";

    /// <summary>The keys a field is looked up under, most specific first.</summary>
    public static IReadOnlyList<string> KeysFor(ApiOperation operation, string field) =>
        field == "id"
            ? [$"{operation.Resource}.id", Singular(Camel(operation.Resource)) + "Id"]
            : [$"{operation.Resource}.{field}", field];

    private static void Walk(Dictionary<string, List<JsonNode>> pool, JsonNode? node, string resource, bool listedAtTop, string? list)
    {
        if (node is not JsonObject item)
        {
            return;
        }

        foreach (var (name, value) in item)
        {
            switch (value)
            {
                case JsonValue scalar:
                    Add(pool, name, scalar);
                    if (listedAtTop)
                    {
                        Add(pool, $"{resource}.{name}", scalar);
                    }

                    if (list is not null && name == "id")
                    {
                        Add(pool, Singular(list) + "Id", scalar);
                    }

                    break;
                case JsonArray array when array.All(a => a is JsonValue):
                    foreach (var text in array)
                    {
                        Add(pool, Singular(name), text!);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Walk(pool, child, resource, listedAtTop && name == "items", name);
                    }

                    break;
                case JsonObject child:
                    Add(pool, name, child);
                    Walk(pool, child, resource, listedAtTop: false, list: null);
                    break;
            }
        }
    }

    private static void Add(Dictionary<string, List<JsonNode>> pool, string key, JsonNode value, int maxObjectLength = MaxObjectLength)
    {
        var text = value.ToJsonString();
        var usable = value is JsonValue scalar
            ? !(scalar.TryGetValue<string>(out var s) && (s.Length > MaxTextLength || s.Contains('\0')))
            : text.Length <= maxObjectLength;
        if (!usable)
        {
            return;
        }

        var values = pool.TryGetValue(key, out var found) ? found : pool[key] = [];
        if (values.Count < MaxPerKey && !values.Any(v => v.ToJsonString() == text))
        {
            values.Add(value.DeepClone());
        }
    }

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;

    /// <summary><c>workflow-instances</c> → <c>workflowInstances</c>.</summary>
    private static string Camel(string kebab)
    {
        var parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
