using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// Every attack the fuzzer knows: wrong types, missing and extra fields, huge and NUL-bearing texts, extreme numbers and
/// pages, malformed ids, bodies that are not what they claim, and uploads that are not images.
/// </summary>
public static class Attacks
{
    public static readonly IReadOnlyList<Attack> All =
    [
        new("path-malformed", r => r.Path.Count > 0, (r, g) =>
        {
            var name = Pick(r.Path.Keys.ToList(), g.Random);
            r.Path[name] = Pick(AttackValues.MalformedIds, g.Random);
            r.Attack = $"path {name} ← {Show(r.Path[name])}";
        }),
        new("path-unknown", r => r.Path.Count > 0, (r, g) =>
        {
            var name = Pick(r.Path.Keys.ToList(), g.Random);
            r.Path[name] = IsUuid(Parameter(r, name)) ? g.MakeGuid().ToString() : g.Word(1, 24);
            r.Attack = $"path {name} ← unknown {Show(r.Path[name])}";
        }),
        new("query-wrong-type", r => QueryParameters(r, p => !IsText(p)).Any(), (r, g) =>
        {
            var parameter = Pick(QueryParameters(r, p => !IsText(p)).ToList(), g.Random);
            SetQuery(r, parameter.Name!, Pick(AttackValues.WrongTypedQueryValues, g.Random));
        }),
        new("query-extreme-number", r => QueryParameters(r, IsNumber).Any(), (r, g) =>
        {
            var parameter = Pick(QueryParameters(r, IsNumber).ToList(), g.Random);
            SetQuery(r, parameter.Name!, Pick(AttackValues.ExtremeNumberTexts, g.Random));
        }),
        new("query-extreme-page", r => QueryParameters(r, p => p.Name is "page" or "pageSize").Any(), (r, g) =>
        {
            var (name, value) = Pick<(string, string)>([("page", "2147483647"), ("page", "0"), ("pageSize", "0"), ("pageSize", "501"), ("pageSize", "-1"), ("pageSize", "2147483647")], g.Random);
            SetQuery(r, name, value);
        }),
        new("query-missing-required", r => QueryParameters(r, p => p.Required).Any(), (r, g) =>
        {
            var parameter = Pick(QueryParameters(r, p => p.Required).ToList(), g.Random);
            r.Query.RemoveAll(q => q.Key == parameter.Name);
            r.Attack = $"query {parameter.Name} left out";
        }),
        new("query-text", r => QueryParameters(r, _ => true).Any(), (r, g) =>
        {
            var parameter = Pick(QueryParameters(r, _ => true).ToList(), g.Random);
            SetQuery(r, parameter.Name!, Pick(AttackValues.Texts, g.Random));
        }),
        new("query-extra", _ => true, (r, g) =>
        {
            var name = r.Query.Count > 0 && g.Random.Next(2) == 0 ? r.Query[0].Key : "unexpected";
            r.Query.Add(new(name, "1"));
            r.Attack = name == "unexpected" ? "an unknown query parameter" : $"query {name} given twice";
        }),
        new("header-idempotency-key", r => r.Operation.Parameters.Any(p => p.In == ParameterLocation.Header), (r, g) =>
        {
            var name = r.Operation.Parameters.First(p => p.In == ParameterLocation.Header).Name!;
            r.Headers[name] = Pick([new string('k', 300), " ", "", "a,b"], g.Random);
            r.Attack = $"header {name} ← {Show(r.Headers[name])}";
        }),
        new("body-wrong-type", r => r.Kind == BodyKind.Json, (r, g) =>
            OnField(r, g, _ => true, (field, value) => ("a value of another type", AttackValues.OtherKind(value, g.Random)))),
        new("body-missing", r => r.Kind == BodyKind.Json && JsonField.All(r.Json).Any(f => f.Name is not null), (r, g) =>
        {
            var field = Pick(JsonField.All(r.Json).Where(f => f.Name is not null).ToList(), g.Random);
            ((JsonObject)field.Container).Remove(field.Name!);
            r.Attack = $"body {field.Path} left out";
        }),
        new("body-extra", r => r.Kind == BodyKind.Json && r.Json is JsonObject, (r, g) =>
        {
            var objects = JsonField.All(r.Json).Select(f => f.Value).OfType<JsonObject>().Prepend(r.Json!.AsObject()).ToList();
            Pick(objects, g.Random)["unexpected"] = AttackValues.OtherKind(null, g.Random);
            r.Attack = "an unknown body field";
        }),
        new("body-huge-text", r => r.Kind == BodyKind.Json, (r, g) =>
            OnField(r, g, IsString, (_, _) => ($"a {AttackValues.HugeTextLength / 1000} K-character text", AttackValues.HugeText(g.Random)))),
        new("body-nul", r => r.Kind == BodyKind.Json, (r, g) =>
            OnField(r, g, IsString, (_, value) => ("a text with NUL", (value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "x") + "\0"))),
        new("body-extreme-number", r => r.Kind == BodyKind.Json, (r, g) =>
            OnField(r, g, v => v?.GetValueKind() == JsonValueKind.Number, (_, _) => AttackValues.ExtremeNumber(g.Random) is var n ? (n?.ToJsonString() ?? "null", n) : default)),
        new("body-deep", r => r.Kind == BodyKind.Json, (r, g) =>
            OnField(r, g, _ => true, (_, _) => ("arrays nested 200 deep", AttackValues.Deep(200)))),
        new("body-root", r => r.Kind == BodyKind.Json, (r, g) =>
        {
            r.Json = Pick<JsonNode?>([null, new JsonArray(), "text", 42, new JsonObject()], g.Random);
            r.Attack = $"body ← {r.Json?.ToJsonString() ?? "null"}";
        }),
        new("body-malformed", r => r.Kind == BodyKind.Json, (r, g) =>
        {
            var valid = r.Json?.ToJsonString() ?? "null";
            r.Kind = BodyKind.Raw;
            r.Text = Pick([valid[..(valid.Length / 2)], "", "{\"a\":", "\0", valid + valid, "{'a': 1}"], g.Random);
            r.Attack = "a body that is not JSON";
        }),
        new("body-content-type", r => r.Kind is BodyKind.Json or BodyKind.Form, (r, g) =>
        {
            r.ContentType = Pick(["text/plain", "", "application/xml", "application/x-www-form-urlencoded"], g.Random);
            r.Attack = $"Content-Type ← {Show(r.ContentType)}";
        }),
        new("form-not-image", r => r.Kind == BodyKind.Form && r.File is not null, (r, g) =>
        {
            r.File = r.File! with { Content = Encoding.UTF8.GetBytes("<?php echo 'not an image'; ?>") };
            r.Attack = "a file that is text, declared image/png";
        }),
        new("form-empty-file", r => r.Kind == BodyKind.Form && r.File is not null, (r, _) =>
        {
            r.File = r.File! with { Content = [] };
            r.Attack = "an empty file";
        }),
        new("form-no-file", r => r.Kind == BodyKind.Form, (r, _) =>
        {
            r.File = null;
            r.Attack = "a form without a file";
        }),
        new("form-file-name", r => r.Kind == BodyKind.Form && r.File is not null, (r, g) =>
        {
            r.File = r.File! with { FileName = Pick(AttackValues.FileNames, g.Random) };
            r.Attack = $"file name ← {Show(r.File.FileName)}";
        }),
        new("form-large-file", r => r.Kind == BodyKind.Form && r.File is not null, (r, g) =>
        {
            var bytes = new byte[AttackValues.HugeTextLength];
            g.Random.NextBytes(bytes);
            var signed = g.Random.Next(2) == 0;
            if (signed)
            {
                r.File!.Content.AsSpan(0, 8).CopyTo(bytes);
            }

            r.File = r.File! with { Content = bytes };
            r.Attack = signed ? "100 KB of noise after a PNG signature" : "100 KB of noise";
        }),
        new("form-as-json", r => r.Kind == BodyKind.Form, (r, _) =>
        {
            r.Kind = BodyKind.Json;
            r.Json = new JsonObject { ["file"] = "iVBORw0KGgo=" };
            r.Attack = "JSON instead of a multipart form";
        }),
    ];

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    /// <summary>Replaces a body field (one the filter likes, else any, else the root) and says which.</summary>
    private static void OnField(FuzzRequest request, ValueGenerator generator, Func<JsonNode?, bool> prefer, Func<JsonField?, JsonNode?, (string What, JsonNode? Value)> replace)
    {
        var fields = JsonField.All(request.Json);
        var preferred = fields.Where(f => prefer(f.Value)).ToList();
        var field = preferred.Count > 0 ? Pick(preferred, generator.Random) : fields.Count > 0 ? Pick(fields, generator.Random) : null;
        var (what, value) = replace(field, field?.Value ?? request.Json);
        if (field is null)
        {
            request.Json = value;
        }
        else
        {
            field.Set(value);
        }

        request.Attack = $"body {field?.Path ?? "(root)"} ← {what}";
    }

    private static IEnumerable<IOpenApiParameter> QueryParameters(FuzzRequest request, Func<IOpenApiParameter, bool> filter) =>
        request.Operation.Parameters.Where(p => p.In == ParameterLocation.Query && filter(p));

    private static void SetQuery(FuzzRequest request, string name, string value)
    {
        request.Query.RemoveAll(q => q.Key == name);
        request.Query.Add(new(name, value));
        request.Attack = $"query {name} ← {Show(value)}";
    }

    private static IOpenApiParameter? Parameter(FuzzRequest request, string name) => request.Operation.Parameters.FirstOrDefault(p => p.Name == name);

    private static bool IsUuid(IOpenApiParameter? parameter) => parameter?.Schema?.Format == "uuid";

    private static bool IsText(IOpenApiParameter parameter) =>
        parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.String) && !type.HasFlag(JsonSchemaType.Integer) && !type.HasFlag(JsonSchemaType.Number)
        && parameter.Schema.Format is null or "";

    private static bool IsNumber(IOpenApiParameter parameter) =>
        parameter.Schema?.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number));

    private static bool IsString(JsonNode? value) => value?.GetValueKind() == JsonValueKind.String;

    /// <summary>A value as the report shows it: quoted, control characters escaped, long ones cut.</summary>
    private static string Show(string value)
    {
        var shown = JsonSerializer.Serialize(value);
        return shown.Length <= 80 ? shown : $"{shown[..60]}…\" ({value.Length} characters)";
    }
}
