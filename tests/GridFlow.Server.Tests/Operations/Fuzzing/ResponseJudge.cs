namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// What every answer must be: never a 5xx; a status the operation documents; a 4xx as problem details whose
/// <c>status</c> is the response's; a 2xx in a documented media type and, for JSON, matching the documented schema.
/// </summary>
public sealed class ResponseJudge(ResponseSchemas schemas)
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>What is wrong with the response, or null.</summary>
    public async Task<string?> FaultAsync(ApiOperation operation, HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return $"{status}: a server error";
        }

        if (operation.ResponseFor(status) is not { } documented)
        {
            return $"{status} is not documented (the document has {string.Join(", ", operation.DocumentedStatuses)})";
        }

        if (status >= 400)
        {
            return mediaType != ProblemJson ? $"{status} came as {mediaType ?? "no content type"}, not {ProblemJson}"
                : ProblemStatus(body) != status ? $"{status} came with a problem whose status is {ProblemStatus(body)?.ToString() ?? "missing"}"
                : documented.Content?.ContainsKey(ProblemJson) != true ? $"{status} is documented, but not as {ProblemJson}"
                : null;
        }

        if (status is < 200 or >= 300)
        {
            return null;
        }

        if (documented.Content is not { Count: > 0 } content)
        {
            return body.Length == 0 ? null : $"{status} has a body ({mediaType}) but the document gives it none";
        }

        if (mediaType is null || !content.TryGetValue(mediaType, out var media))
        {
            return $"{status} came as {mediaType ?? "no content type"}, the document says {string.Join(" or ", content.Keys)}";
        }

        if (media.Schema is not { } schema || !mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            return null;
        }

        JsonElement json;
        try
        {
            json = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException exception)
        {
            return $"{status} is not JSON: {exception.Message}";
        }

        return await schemas.MismatchAsync(schema, json) is { } mismatch ? $"{status} does not match the documented schema: {mismatch}" : null;
    }

    private static int? ProblemStatus(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(body) is { ValueKind: JsonValueKind.Object } problem
                && problem.TryGetProperty("status", out var status) && status.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
