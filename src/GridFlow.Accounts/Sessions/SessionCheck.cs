using GridFlow.Accounts.SignIn;
using GridFlow.Data;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// Whether an access token may still be used: its session is not revoked, its account exists, is not locked or
/// disabled, and has the security stamp the token was issued with (a new password ends older sessions).
/// </summary>
public sealed class SessionCheck(GridFlowDbContext db, SessionStates states, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async ValueTask<SessionVerdict> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (userId is null || !Guid.TryParse(principal.FindFirstValue(GridFlowClaimTypes.SessionId), out var sessionId))
        {
            return SessionVerdict.NoSession;
        }

        var state = await states.GetAsync(sessionId, () => LoadAsync(userId, sessionId, cancellationToken));
        if (state is null || state.UserId != userId)
        {
            return SessionVerdict.AccountGone;
        }

        if (!state.Live)
        {
            return SessionVerdict.Revoked;
        }

        if (state.SecurityStamp != principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType))
        {
            return SessionVerdict.CredentialsChanged;
        }

        return AccountLock.IsLocked(state.LockoutEnabled, state.LockoutEnd, clock.GetUtcNow())
            ? SessionVerdict.LockedOrDisabled
            : SessionVerdict.Active;
    }

    /// <summary>One round trip: the account and whether the session has a token that is not revoked.</summary>
    private Task<SessionState?> LoadAsync(string userId, Guid sessionId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new SessionState(
                u.Id,
                u.LockoutEnabled,
                u.LockoutEnd,
                u.SecurityStamp,
                db.RefreshTokens.Any(t => t.FamilyId == sessionId && t.UserId == u.Id && t.RevokedAt == null)))
            .SingleOrDefaultAsync(cancellationToken);
}
