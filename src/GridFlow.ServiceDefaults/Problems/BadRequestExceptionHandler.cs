using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GridFlow.ServiceDefaults.Problems;

/// <summary>
/// Turns request-binding failures (malformed JSON, a value of the wrong type, a body too large) into
/// problem details that name the offending field, instead of a bare 400 with no body.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        http.Response.StatusCode = bad.StatusCode;
        ProblemDetails problem = bad.InnerException is JsonException json
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(json.Path)] = [JsonMessage(json)],
            })
            {
                Title = "The request body is not valid JSON for this endpoint.",
                Status = bad.StatusCode,
            }
            : ParameterOf(bad.Message) is { } parameter
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = [bad.Message] })
            {
                Title = "A request parameter is missing or has the wrong type.",
                Status = bad.StatusCode,
            }
            : new ProblemDetails
            {
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "Bad request.",
                Detail = bad.Message,
                Status = bad.StatusCode,
            };

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The parameter named by ASP.NET Core's binding message, e.g. <c>Failed to bind parameter "double? lat" from "abc"</c>.</summary>
    private static string? ParameterOf(string message) =>
        Regex.Match(message, "parameter \"[^\"]*?(\\w+)\"") is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>"$.boundary.coordinates[0]" → "boundary.coordinates[0]"; the root ("$" or none) → "body".</summary>
    private static string FieldOf(string? path)
    {
        var field = path?.TrimStart('$').TrimStart('.');
        return string.IsNullOrEmpty(field) ? "body" : field;
    }

    private static string JsonMessage(JsonException json)
    {
        // System.Text.Json's conversion messages name CLR types (often the enclosing record's); the field is what matters.
        if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "The value has the wrong JSON type for this field.";
        }

        var cut = json.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? json.Message[..cut] : json.Message;
    }
}
