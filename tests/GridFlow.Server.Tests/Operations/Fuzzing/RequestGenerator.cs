using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>Valid requests for an operation, from its parameters and body as documented.</summary>
public static class RequestGenerator
{
    public static FuzzRequest Valid(ApiOperation operation, string role, ValueGenerator values)
    {
        var request = new FuzzRequest(operation, role);
        foreach (var parameter in operation.Parameters)
        {
            // Optional query values and headers are sent one time in three; path values always.
            if (parameter.Name is not { } name || parameter.In != ParameterLocation.Path && !parameter.Required && values.Random.Next(3) != 0)
            {
                continue;
            }

            var value = Text(values.For(parameter.Schema, SeenValues.KeysFor(operation, name)));
            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    request.Path[name] = value ?? values.Word(1, 12);
                    break;
                case ParameterLocation.Query when value is not null:
                    request.Query.Add(new(name, value));
                    break;
                case ParameterLocation.Header when value is not null:
                    request.Headers[name] = value;
                    break;
            }
        }

        if (operation.JsonBody is { } json)
        {
            request.Kind = BodyKind.Json;
            // Sometimes an object read from the same resource (a definition to validate or save, an inspector to update);
            // more often for a body the document says nothing of (a JsonNode), which cannot be made valid otherwise.
            var untyped = json.Schema?.Type is null && json.Schema?.Properties is not { Count: > 0 };
            request.Json = values.Random.NextDouble() < (untyped ? 0.6 : 0.3) && values.Seen(SeenValues.DocumentKey(operation)) is { } document
                ? document
                : values.Make(json.Schema);
        }
        else if (operation.FormBody is { } form)
        {
            request.Kind = BodyKind.Form;
            var field = form.Schema?.Properties?.FirstOrDefault(p => p.Value.Format == "binary").Key ?? "file";
            request.File = new FormFilePart(field, "photo.png", "image/png", TestImages.Png);
        }

        return request;
    }

    /// <summary>A JSON value as a path, query or header value: texts as they are, the rest as their JSON.</summary>
    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
