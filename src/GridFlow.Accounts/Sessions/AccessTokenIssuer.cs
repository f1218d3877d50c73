using Microsoft.AspNetCore.Authentication;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// Makes the access token exactly as Identity's bearer handler would sign the user in (the same protector, lifetime
/// and ticket), with the session id added as <c>sid</c>, and pairs it with the session's refresh token. The handler's
/// own refresh tokens are not used: they cannot be revoked or rotated.
/// </summary>
public sealed class AccessTokenIssuer(SignInManager<GridFlowUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    public async Task<AccessTokenResponse> IssueAsync(GridFlowUser user, Guid sessionId, string refreshToken)
    {
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(GridFlowClaimTypes.SessionId, sessionId.ToString()));
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken");
        return new AccessTokenResponse
        {
            AccessToken = options.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = refreshToken,
        };
    }
}
