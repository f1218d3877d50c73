using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>A place in a JSON body that an attack can change: a property of an object or an item of an array.</summary>
public sealed record JsonField(JsonNode Container, string? Name, int Index, string Path)
{
    public JsonNode? Value => Container is JsonObject obj ? obj[Name!] : Container.AsArray()[Index];

    public void Set(JsonNode? value)
    {
        if (Container is JsonObject obj)
        {
            obj[Name!] = value;
        }
        else
        {
            Container.AsArray()[Index] = value;
        }
    }

    /// <summary>Every property and item under the root, depth first.</summary>
    public static List<JsonField> All(JsonNode? root)
    {
        var fields = new List<JsonField>();
        Collect(root, "", fields);
        return fields;
    }

    private static void Collect(JsonNode? node, string path, List<JsonField> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    fields.Add(new JsonField(obj, name, -1, $"{path}/{name}"));
                    Collect(child, $"{path}/{name}", fields);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    fields.Add(new JsonField(array, null, i, $"{path}/{i}"));
                    Collect(array[i], $"{path}/{i}", fields);
                }

                break;
        }
    }
}
