using GridFlow.Accounts.Users;
using GridFlow.Web.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Web.Account;

/// <summary>
/// <c>POST /account/password</c>, the form of "my account" (with its anti-forgery token). A request rather than a circuit
/// call, so the audit row names the user and the new cookie can be set. The current password goes through the sign-in
/// service (throttled like any sign-in); the new one through the Accounts module's <see cref="OwnPasswordChange"/>
/// (Identity's rules, audited), whose new security stamp ends every session of the account, this one included; the user
/// is then signed in again with the new password. Goes back to <c>/account?password=...</c> with the outcome.
/// </summary>
public static class PasswordChangeEndpoint
{
    public const string Path = "/account/password";

    public static IEndpointRouteBuilder MapConsolePasswordChange(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ChangeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ChangeAsync(
        [FromForm] string? current, [FromForm] string? password, [FromForm] string? confirm,
        HttpContext http, ConsoleSignIn signIn, OwnPasswordChange passwords, CancellationToken cancellationToken)
    {
        var userName = http.User.Identity?.Name ?? "";
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(password) || password != confirm)
        {
            return Back(PasswordOutcome.Mismatch);
        }

        var check = await signIn.CheckAsync(http, userName, current, cancellationToken);
        if (check.RetryAfter is { } wait)
        {
            return Back(PasswordOutcome.Throttled, (long)Math.Ceiling(wait.TotalSeconds));
        }

        if (check.Tokens is null)
        {
            return Back(PasswordOutcome.WrongCurrent);
        }

        var write = await passwords.SetAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", password, cancellationToken);
        if (write.User is null)
        {
            return Back(PasswordOutcome.Weak);
        }

        await signIn.SignInAsync(http, userName, password, cancellationToken);
        return Back(PasswordOutcome.Changed);
    }

    private static IResult Back(string outcome, long? wait = null) =>
        Results.LocalRedirect(wait is { } seconds ? $"/account?password={outcome}&wait={seconds}" : $"/account?password={outcome}");
}
