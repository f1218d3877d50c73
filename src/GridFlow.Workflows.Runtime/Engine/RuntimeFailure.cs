namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>Why the runtime refused or could not do something, as the HTTP problem it becomes.</summary>
public sealed record RuntimeFailure(int Status, string Title, string? Detail = null, Dictionary<string, string[]>? Errors = null, Guid? IncidentId = null)
{
    public static RuntimeFailure NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} not found.");

    public static RuntimeFailure Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Not allowed.", detail);

    public static RuntimeFailure Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict.", detail);

    public static RuntimeFailure Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    public static RuntimeFailure Invalid(Dictionary<string, string[]> errors) => new(StatusCodes.Status400BadRequest, "Validation failed.", Errors: errors);

    /// <summary>The failure as one of an endpoint's typed results.</summary>
    public Results<TSuccess, ValidationProblem, ProblemHttpResult> ToResult<TSuccess>()
        where TSuccess : IResult
    {
        if (Errors is not null)
        {
            return TypedResults.ValidationProblem(Errors, title: Title);
        }

        var extensions = IncidentId is { } incident ? new Dictionary<string, object?> { ["incidentId"] = incident.ToString() } : null;
        return TypedResults.Problem(title: Title, detail: Detail, statusCode: Status, extensions: extensions);
    }
}
