using GridFlow.Accounts.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Web.Authentication;

/// <summary>
/// Signs a console user in through <see cref="PasswordSignIn"/>, the very service behind <c>POST /api/auth/login</c>:
/// the same throttle per address and user name, the same backstop lockout, one answer for every refusal, and a session
/// of its own. The cookie carries the principal of that session's access token (its roles, scope and <c>sid</c>), so
/// revoking the session ends the cookie as it ends the token.
/// </summary>
public sealed class ConsoleSignIn(PasswordSignIn signIn, IOptionsMonitor<BearerTokenOptions> bearer)
{
    /// <summary>
    /// Checks a password through the same service (and throttle) without touching the cookie: for a signed-in user who
    /// must confirm theirs. The session it starts is never handed out and ends with the next password change.
    /// </summary>
    public Task<SignInOutcome> CheckAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken) =>
        signIn.SignInAsync(userName, password, ClientAddress.Of(http), cancellationToken);

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(userName, password, ClientAddress.Of(http), cancellationToken);
        if (outcome.Tokens is not { } tokens)
        {
            return outcome;
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Unprotect(tokens.AccessToken)
            ?? throw new InvalidOperationException("The access token just issued could not be read back.");
        // A browser-session cookie: its lifetime is Console:SessionMinutes, sliding (set on the scheme).
        await http.SignInAsync(ConsoleSchemes.Cookie, ticket.Principal, new AuthenticationProperties { IsPersistent = false });
        return outcome;
    }
}
