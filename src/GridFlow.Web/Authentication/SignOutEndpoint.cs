using GridFlow.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Web.Authentication;

/// <summary>
/// <c>POST /logout</c> (a form with its anti-forgery token): ends the cookie's session in the Accounts module, as the
/// API's logout does, so the cookie is dead even if a copy of it survives, then deletes it and goes to the sign-in page.
/// </summary>
public static class SignOutEndpoint
{
    public const string Path = "/logout";

    public static IEndpointRouteBuilder MapConsoleSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, SignOutAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync([FromForm] string? returnUrl, HttpContext http, SessionTokens sessions, CancellationToken cancellationToken)
    {
        // No refresh token to name: EndAsync revokes the session the cookie's principal belongs to.
        await sessions.EndAsync(http.User, "", cancellationToken);
        await http.SignOutAsync(ConsoleSchemes.Cookie);
        return Results.LocalRedirect("/login");
    }
}
