using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>The values attacks put in: bounded (the largest text is 100 KB), so that a run stays within its time.</summary>
public static class AttackValues
{
    public const int HugeTextLength = 100_000;

    /// <summary>
    /// Path values that are not ids. No NUL (Kestrel refuses a request line holding one before the application sees it,
    /// and the in-memory test server throws) and no "..", which the client resolves away as a dot segment.
    /// </summary>
    public static readonly string[] MalformedIds =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "-1", "0", "2147483648", "' OR '1'='1", "%00", " ",
        new string('9', 300), "{{id}}", "%", "网格",
    ];

    public static readonly string[] WrongTypedQueryValues = ["abc", "1.5", "", "true", "{}", "[1]", "1e3", "0x10"];

    public static readonly string[] ExtremeNumberTexts =
    [
        "2147483647", "-2147483648", "2147483648", "-1", "0", "1e308", "-1e308", "NaN", "Infinity", "9223372036854775808", "-0", "0.0000001",
    ];

    public static readonly string[] Texts = ["a\0b", "\0", new string('x', 4000), "' OR 1=1 --", "<script>alert(1)</script>", "网格\u202e", "   "];

    public static readonly string[] FileNames = ["../../etc/passwd", "a\0b.png", "", new string('n', 300) + ".png", "C:\\temp\\x.png", "照片.png"];

    public static JsonNode? ExtremeNumber(Random random) => random.Next(12) switch
    {
        0 => 1e308,
        1 => -1e308,
        2 => int.MaxValue,
        3 => int.MinValue,
        4 => -1,
        5 => 0,
        6 => 9223372036854775808m,
        7 => 1.5,
        8 => "NaN",
        9 => "Infinity",
        10 => long.MaxValue,
        _ => 1e-300,
    };

    public static string HugeText(Random random) =>
        random.Next(2) == 0 ? new string('x', HugeTextLength) : string.Concat(Enumerable.Repeat("网格", HugeTextLength / 2));

    /// <summary>A value of another JSON kind than the one given.</summary>
    public static JsonNode? OtherKind(JsonNode? value, Random random) => value?.GetValueKind() switch
    {
        JsonValueKind.String => random.Next(2) == 0 ? 12345 : new JsonObject { ["a"] = 1 },
        JsonValueKind.Number => random.Next(2) == 0 ? "abc" : true,
        JsonValueKind.True or JsonValueKind.False => random.Next(2) == 0 ? "yes" : 1,
        JsonValueKind.Object => random.Next(2) == 0 ? "text" : new JsonArray(1, 2),
        JsonValueKind.Array => random.Next(2) == 0 ? new JsonObject { ["0"] = 1 } : "text",
        _ => random.Next(2) == 0 ? new JsonObject() : new JsonArray(),
    };

    /// <summary>Arrays nested deeper than any reader should follow.</summary>
    public static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 1; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}
