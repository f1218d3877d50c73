using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Apis;

/// <summary>
/// The problem answers of <c>/api/auth</c>. A refused sign-in has one body whatever the reason (unknown user, wrong
/// password, locked or disabled account), so the answer does not tell which user names exist.
/// </summary>
internal static class AuthProblems
{
    public static ProblemHttpResult SignInRefused() => TypedResults.Problem(
        title: "Sign-in failed.",
        detail: "The user name or password is wrong, or the account may not sign in now.",
        statusCode: StatusCodes.Status401Unauthorized);

    public static ProblemHttpResult Throttled(TimeSpan wait) => TypedResults.Problem(
        title: "Too many failed sign-ins.",
        detail: $"Too many failed sign-ins for this user name from this address: wait {Math.Max(1, Math.Ceiling(wait.TotalSeconds))} s (Retry-After) before trying again.",
        statusCode: StatusCodes.Status429TooManyRequests);

    public static ProblemHttpResult RefreshRefused() => TypedResults.Problem(
        title: "The refresh token is invalid, expired or revoked.",
        detail: "Sign in again.",
        statusCode: StatusCodes.Status401Unauthorized);
}
