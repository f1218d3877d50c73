using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>The server's own OpenAPI document, read with Microsoft.OpenApi: its operations in run order, and their response schemas.</summary>
public sealed class ApiCatalog(IReadOnlyList<ApiOperation> operations, ResponseSchemas schemas)
{
    public IReadOnlyList<ApiOperation> Operations => operations;

    public ResponseSchemas Schemas => schemas;

    public static async Task<ApiCatalog> LoadAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(text, "json");
        if (read.Document is not { } document || read.Diagnostic?.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"/openapi/v1.json does not read: {string.Join("; ", read.Diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        }

        var operations = document.Paths
            .SelectMany(path => (path.Value.Operations ?? []).Select(operation => new ApiOperation(operation.Key, path.Key, operation.Value)))
            .OrderBy(o => o.Phase).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method.Method, StringComparer.Ordinal)
            .ToList();
        return new ApiCatalog(operations, await ResponseSchemas.CreateAsync(document));
    }
}
