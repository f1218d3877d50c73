using GridFlow.Accounts.Security;
using GridFlow.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Web.Modules;

/// <summary>
/// Runs a module's own API operation — the handler behind an endpoint — for the console, so a page refuses, scopes and
/// audits exactly as the API does. Each call gets a DI scope of its own (a circuit lives for hours and its timers run
/// beside the user's clicks; a DbContext must not serve two at once), acting for the signed-in user (the audit log names
/// them), and a request object goes through the API's own checks (<see cref="RequestValidation"/>) first.
/// </summary>
public sealed class ModuleCalls(IServiceScopeFactory scopes)
{
    public async Task<CallOutcome<T>> RunAsync<T>(ClaimsPrincipal user, Func<IServiceProvider, Task<IResult>> operation)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().User = user;
        return Read<T>(await operation(scope.ServiceProvider));
    }

    /// <summary>Checks <paramref name="request"/> as the API's endpoint filter does, then runs the operation.</summary>
    public Task<CallOutcome<T>> RunAsync<T>(ClaimsPrincipal user, object request, Func<IServiceProvider, Task<IResult>> operation) =>
        RequestValidation.Check(request) is { } errors
            ? Task.FromResult(CallOutcome<T>.Failure(StatusCodes.Status400BadRequest, null, errors))
            : RunAsync<T>(user, operation);

    /// <summary>Reads a handler's typed result: its value, or the status, message and field errors the API would send.</summary>
    public static CallOutcome<T> Read<T>(IResult result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result switch
        {
            IValueHttpResult<T> { } value and IStatusCodeHttpResult { StatusCode: var status } => CallOutcome<T>.Success(value.Value, status ?? StatusCodes.Status200OK),
            NoContent => CallOutcome<T>.Success(default, StatusCodes.Status204NoContent),
            ValidationProblem invalid => CallOutcome<T>.Failure(StatusCodes.Status400BadRequest, invalid.ProblemDetails.Title, invalid.ProblemDetails.Errors),
            ProblemHttpResult problem => CallOutcome<T>.Failure(problem.StatusCode, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title,
                (problem.ProblemDetails as HttpValidationProblemDetails)?.Errors),
            ForbidHttpResult => CallOutcome<T>.Failure(StatusCodes.Status403Forbidden, null),
            UnauthorizedHttpResult => CallOutcome<T>.Failure(StatusCodes.Status401Unauthorized, null),
            IStatusCodeHttpResult { StatusCode: { } status } when status is >= 200 and < 300 => CallOutcome<T>.Success(default, status),
            IStatusCodeHttpResult { StatusCode: { } status } => CallOutcome<T>.Failure(status, null),
            _ => throw new InvalidOperationException($"The console cannot read a {result.GetType().Name} result."),
        };
    }
}
