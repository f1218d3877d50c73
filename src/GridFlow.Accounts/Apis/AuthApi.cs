using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Apis;

/// <summary>
/// <c>POST /api/auth/login</c> and <c>/api/auth/refresh</c>. Tokens are ASP.NET Core Identity bearer
/// tokens, protected with the data-protection key ring kept in the database, so every node accepts them.
/// </summary>
public static class AuthApi
{
    public const string LoginRateLimitPolicy = "login";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").AllowAnonymous().RequireRateLimiting(LoginRateLimitPolicy);
        auth.MapPost("/login", LoginAsync).Produces<AccessTokenResponse>();
        auth.MapPost("/refresh", RefreshAsync).Produces<AccessTokenResponse>();
        return app;
    }

    /// <summary>On success the sign-in itself writes the token response, hence the empty result.</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInManager<GridFlowUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName!, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return result.IsLockedOut
            ? TypedResults.Problem(
                title: "The account is locked.",
                detail: "Too many failed sign-ins in a row. Try again later or ask an administrator to unlock it.",
                statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Problem(title: "Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<GridFlowUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // The security stamp check rejects tokens of users whose password or roles changed since.
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return TypedResults.Problem(title: "The refresh token is invalid or expired.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
