using GridFlow.Accounts.Sessions;
using GridFlow.Accounts.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Apis;

/// <summary>
/// <c>POST /api/auth/login</c>, <c>/refresh</c> and <c>/logout</c>. Access tokens are ASP.NET Core Identity bearer tokens,
/// protected with the data-protection key ring kept in the database, so every node accepts them; each names its session
/// (<c>sid</c>). Refresh tokens are GridFlow's own (<see cref="SessionTokens"/>): stored hashed, rotated on every use,
/// and a reused one revokes its session.
/// </summary>
public static class AuthApi
{
    public const string LoginRateLimitPolicy = "login";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimitPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimitPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/logout", LogoutAsync)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(request.UserName!, request.Password!, ClientAddress.Of(http), cancellationToken);
        if (outcome.Tokens is { } tokens)
        {
            return TypedResults.Ok(tokens);
        }

        if (outcome.RetryAfter is { } wait)
        {
            RetryAfter.Set(http.Response, wait);
            return AuthProblems.Throttled(wait);
        }

        return AuthProblems.SignInRefused();
    }

    public static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SessionTokens sessions, CancellationToken cancellationToken) =>
        await sessions.RefreshAsync(request.RefreshToken!, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : AuthProblems.RefreshRefused();

    /// <summary>Ends the session of the refresh token and of the caller's access token: 204, also when it had ended already.</summary>
    public static async Task<NoContent> LogoutAsync(RefreshRequest request, ClaimsPrincipal user, SessionTokens sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(user, request.RefreshToken!, cancellationToken);
        return TypedResults.NoContent();
    }
}
