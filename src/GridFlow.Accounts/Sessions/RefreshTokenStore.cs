using GridFlow.Data;

namespace GridFlow.Accounts.Sessions;

/// <summary>The rows of <c>refresh_tokens</c>: a session's first token, the exchange of a token for the next, revocation.</summary>
public sealed class RefreshTokenStore(GridFlowDbContext db)
{
    public Task<RefreshToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = RefreshTokenValue.Hash(token);
        return db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
    }

    /// <summary>Starts a family with its first token; returns the token the client gets.</summary>
    public async Task<string> AddFirstAsync(string userId, Guid familyId, string? securityStamp, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var (row, token) = NewRow(userId, familyId, securityStamp, now, lifetime);
        db.RefreshTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(row).State = EntityState.Detached;
        return token;
    }

    /// <summary>
    /// Marks <paramref name="used"/> used and adds its successor to the family, in one transaction; returns the new token,
    /// or null when the row was used or revoked meanwhile. The conditional UPDATE takes the row's lock, so of two
    /// concurrent exchanges of one token the second waits for the first to commit, then matches no row: only one succeeds.
    /// </summary>
    public async Task<string?> ExchangeAsync(RefreshToken used, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var (next, token) = NewRow(used.UserId, used.FamilyId, used.SecurityStamp, now, lifetime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == used.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now).SetProperty(t => t.ReplacedById, next.Id), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        db.RefreshTokens.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Entry(next).State = EntityState.Detached;
        return token;
    }

    /// <summary>Revokes every token of the user's family that is not revoked yet; returns how many.</summary>
    public Task<int> RevokeFamilyAsync(string userId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private static (RefreshToken Row, string Token) NewRow(string userId, Guid familyId, string? securityStamp, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = RefreshTokenValue.New();
        var row = new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = RefreshTokenValue.Hash(token),
            SecurityStamp = securityStamp,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        return (row, token);
    }
}
