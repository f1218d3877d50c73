using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>One operation of the OpenAPI document: its method, its path template and what the document says of it.</summary>
public sealed record ApiOperation(HttpMethod Method, string Path, OpenApiOperation Operation)
{
    /// <summary>Last path segments of operations that end something the rest of the run relies on.</summary>
    private static readonly string[] Ending = ["publish", "retract", "disable", "password", "logout", "revoke"];

    public string Key => $"{Method.Method} {Path}";

    public IList<IOpenApiParameter> Parameters => Operation.Parameters ?? [];

    /// <summary>Closed to anonymous callers: the document gives it a security requirement.</summary>
    public bool RequiresCaller => Operation.Security is { Count: > 0 };

    /// <summary>The resource the path is under: <c>/api/grids/{id}/inspector</c> → <c>grids</c>.</summary>
    public string Resource => Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["api", var resource, ..] ? resource : Path;

    /// <summary>
    /// When it runs: creations (a POST to a collection), so that reads find what they made; reads; other writes; what
    /// deletes or ends things; last what needs no caller (signing in can lock an account or end a session). An early
    /// deletion or sign-out must not leave the rest of the run nothing to reach.
    /// </summary>
    public int Phase =>
        !RequiresCaller ? 4
        : Method == HttpMethod.Delete || Ending.Contains(Path.Split('/')[^1]) ? 3
        : Method == HttpMethod.Get ? 1
        : Method == HttpMethod.Post && !Path.Contains('{') ? 0
        : 2;

    public OpenApiMediaType? JsonBody => Body("application/json");

    public OpenApiMediaType? FormBody => Body("multipart/form-data");

    public IEnumerable<string> DocumentedStatuses => Operation.Responses?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The documented response for a status: its own entry, its range (<c>4XX</c>) or <c>default</c>.</summary>
    public IOpenApiResponse? ResponseFor(int status)
    {
        var responses = Operation.Responses;
        if (responses is null)
        {
            return null;
        }

        var exact = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return responses.TryGetValue(exact, out var response) || responses.TryGetValue($"{exact[0]}XX", out response) || responses.TryGetValue("default", out response)
            ? response
            : null;
    }

    private OpenApiMediaType? Body(string mediaType) =>
        Operation.RequestBody?.Content?.TryGetValue(mediaType, out var content) == true ? content : null;
}
