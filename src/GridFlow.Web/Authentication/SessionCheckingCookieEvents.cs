using GridFlow.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GridFlow.Web.Authentication;

/// <summary>
/// A console cookie names a session of the Accounts module (the <c>sid</c> its sign-in started), and every request with
/// it asks the same <see cref="SessionCheck"/> the bearer tokens do: signed out, a new password, a disabled or locked
/// account, and the cookie no longer lets anyone in (within <c>Accounts:SessionCheckSeconds</c> on other nodes).
/// A refused cookie is deleted, so the next page goes to the sign-in page with its address as <c>returnUrl</c>.
/// </summary>
public sealed partial class SessionCheckingCookieEvents(SessionCheck sessions, ILogger<SessionCheckingCookieEvents> logger)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var verdict = await sessions.CheckAsync(principal, context.HttpContext.RequestAborted);
        if (verdict == SessionVerdict.Active)
        {
            return;
        }

        LogRefused(logger, principal.FindFirstValue(ClaimTypes.NameIdentifier), verdict);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(ConsoleSchemes.Cookie);
    }

    /// <summary>The API never redirects: a request for JSON that reaches the cookie's challenge gets a plain 401.</summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsPage(context.Request))
        {
            return base.RedirectToLogin(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsPage(context.Request))
        {
            return base.RedirectToAccessDenied(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>A browser navigating (asks for HTML), as opposed to a script or an API client.</summary>
    private static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console cookie of user {UserId} refused: {Verdict}")]
    private static partial void LogRefused(ILogger logger, string? userId, SessionVerdict verdict);
}
