using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Users;

/// <summary>The problem answers of <c>/api/users</c>, each with its reason.</summary>
public static class UserProblems
{
    public const string CountyRoles = "County supervisors manage only the inspector and township-officer accounts of their county.";

    public static ProblemHttpResult NotAManager() => Forbidden("Only admins and county supervisors manage accounts.");

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not found.", detail: "No account you may see has this id.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(string why) =>
        TypedResults.Problem(title: "Forbidden.", detail: why, statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Conflict(string why) =>
        TypedResults.Problem(title: "Conflict.", detail: why, statusCode: StatusCodes.Status409Conflict);

    /// <summary>400 with <c>errors</c> keyed by field, the shape of every validation problem of the API.</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) => TypedResults.Problem(new HttpValidationProblemDetails(errors)
    {
        Title = "One or more validation errors occurred.",
        Status = StatusCodes.Status400BadRequest,
    });

    public static ProblemHttpResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
