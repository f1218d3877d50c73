namespace GridFlow.Data.Accounts;

/// <summary>
/// One refresh token of a session. A sign-in starts a family (the session, whose id the access tokens carry as
/// <c>sid</c>); each refresh marks its token used and adds the next one to the family. Only the token's SHA-256 hash
/// is stored, so a copy of the table signs nobody in.
/// </summary>
public class RefreshToken
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The session: the first token's sign-in and every token rotated from it.</summary>
    public Guid FamilyId { get; set; }

    /// <summary>SHA-256 of the token the client holds.</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>The user's security stamp at sign-in: when it changes (a new password), the session ends.</summary>
    public string? SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the token was exchanged for its successor; presenting it again revokes the family.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>When the family was revoked (logout, reuse, a changed password).</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The token this one was exchanged for.</summary>
    public Guid? ReplacedById { get; set; }
}
