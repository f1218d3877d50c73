using GridFlow.Accounts.Options;
using GridFlow.Accounts.SignIn;
using Microsoft.Extensions.Logging;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// Sessions: a sign-in starts one (a refresh-token family), each refresh rotates its token, logout revokes it.
/// Presenting a token that was already exchanged means two parties hold it (a copy was stolen, or a client replayed
/// it), so the whole family is revoked: whoever holds its newest token is signed out too.
/// </summary>
public sealed partial class SessionTokens(
    RefreshTokenStore store,
    AccessTokenIssuer access,
    UserManager<GridFlowUser> users,
    SessionStates states,
    TimeProvider clock,
    IOptions<AccountOptions> options,
    ILogger<SessionTokens> logger)
{
    private TimeSpan Lifetime => TimeSpan.FromDays(options.Value.RefreshTokenDays);

    public async Task<AccessTokenResponse> StartAsync(GridFlowUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sessionId = Guid.CreateVersion7(now);
        var refresh = await store.AddFirstAsync(user.Id, sessionId, user.SecurityStamp, now, Lifetime, cancellationToken);
        return await access.IssueAsync(user, sessionId, refresh);
    }

    /// <summary>New tokens for a valid refresh token, or null (the caller answers 401 whatever the reason).</summary>
    public async Task<AccessTokenResponse?> RefreshAsync(string presented, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await store.FindAsync(presented, cancellationToken);
        if (row is null || row.RevokedAt is not null)
        {
            return null;
        }

        // Before the expiry: an exchanged token presented again is a stolen copy even when it is old.
        if (row.UsedAt is not null)
        {
            await RevokeAsync(row.UserId, row.FamilyId, now, cancellationToken);
            LogReuse(logger, row.UserId, row.FamilyId);
            return null;
        }

        if (row.ExpiresAt <= now || await users.FindByIdAsync(row.UserId) is not { } user)
        {
            return null;
        }

        if (user.SecurityStamp != row.SecurityStamp)
        {
            // A new password (or anything else that changed the stamp) ends every session begun before it.
            await RevokeAsync(row.UserId, row.FamilyId, now, cancellationToken);
            LogStampChanged(logger, row.UserId, row.FamilyId);
            return null;
        }

        // A locked account's sessions are suspended, not ended: a lockout that ends (the backstop's, or an admin's lifted)
        // gives them back, so an attacker who trips the backstop does not also sign the owner out for good.
        if (AccountLock.IsLocked(user.LockoutEnabled, user.LockoutEnd, now))
        {
            return null;
        }

        var next = await store.ExchangeAsync(row, now, Lifetime, cancellationToken);
        if (next is null)
        {
            // Another request exchanged the same token a moment ago: a replay as much as a later one is.
            await RevokeAsync(row.UserId, row.FamilyId, now, cancellationToken);
            LogReuse(logger, row.UserId, row.FamilyId);
            return null;
        }

        return await access.IssueAsync(user, row.FamilyId, next);
    }

    /// <summary>
    /// Logout: revokes the session of <paramref name="refreshToken"/> if it is the caller's, and the session the caller's
    /// access token belongs to. A token that is unknown or someone else's changes nothing else (RFC 7009: the client
    /// cannot do anything useful with an error about it).
    /// </summary>
    public async Task EndAsync(ClaimsPrincipal caller, string refreshToken, CancellationToken cancellationToken)
    {
        var userId = caller.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var row = await store.FindAsync(refreshToken, cancellationToken);
        if (row is not null && row.UserId == userId)
        {
            await RevokeAsync(userId, row.FamilyId, now, cancellationToken);
        }

        if (Guid.TryParse(caller.FindFirstValue(GridFlowClaimTypes.SessionId), out var current) && current != row?.FamilyId)
        {
            await RevokeAsync(userId, current, now, cancellationToken);
        }

        LogSignedOut(logger, userId, row?.UserId == userId ? row.FamilyId : current);
    }

    private async Task RevokeAsync(string userId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.RevokeFamilyAsync(userId, familyId, now, cancellationToken);
        // This node stops accepting the session's access tokens at once; other nodes within Accounts:SessionCheckSeconds.
        states.Forget(familyId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token of user {UserId} presented again after it was exchanged: session {SessionId} revoked")]
    private static partial void LogReuse(ILogger logger, string userId, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} of user {UserId} ended: the account's security stamp changed")]
    private static partial void LogStampChanged(ILogger logger, string userId, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed out of session {SessionId}")]
    private static partial void LogSignedOut(ILogger logger, string userId, Guid sessionId);
}
