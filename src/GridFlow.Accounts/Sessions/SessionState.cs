namespace GridFlow.Accounts.Sessions;

/// <summary>What the per-request check reads of a session: its account's lockout and security stamp, and whether the session still has a token that is not revoked.</summary>
public sealed record SessionState(string UserId, bool LockoutEnabled, DateTimeOffset? LockoutEnd, string? SecurityStamp, bool Live);
