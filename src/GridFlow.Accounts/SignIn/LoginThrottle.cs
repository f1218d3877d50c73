using GridFlow.Accounts.Options;
using GridFlow.Data;

namespace GridFlow.Accounts.SignIn;

/// <summary>
/// Failed sign-ins per (client address, user name) in <c>login_failure_streaks</c>, shared by every node. Only failures
/// count, so a client that signs in correctly many times is never slowed down; another address is never held up by this
/// one's failures. Unknown user names are counted like known ones, so a 429 tells nothing about which names exist.
/// The table holds one row per pair that failed within <see cref="AccountOptions.LoginFailureMemoryMinutes"/> (the
/// clean-up deletes older ones), so an attacker cycling names or addresses grows it only as fast as the per-address
/// rate limit lets them fail.
/// </summary>
public sealed class LoginThrottle(GridFlowDbContext db, TimeProvider clock, IOptions<AccountOptions> options)
{
    /// <summary>The pair's current streak, or null when it has none.</summary>
    public async Task<LoginStreak?> StreakAsync(LoginAttempt attempt, CancellationToken cancellationToken)
    {
        var streak = await db.LoginFailureStreaks.AsNoTracking()
            .Where(s => s.ClientAddress == attempt.ClientAddress && s.UserName == attempt.UserName)
            .Select(s => new { s.Failures, s.LastFailedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (streak is null)
        {
            return null;
        }

        var retryAt = streak.LastFailedAt + LoginBackoff.Delay(streak.Failures, options.Value);
        return new LoginStreak(streak.Failures, retryAt - clock.GetUtcNow());
    }

    /// <summary>Counts a failure: one more in the pair's streak, or the first of a new one when the last is forgotten.</summary>
    public async Task RecordFailureAsync(LoginAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forgottenBefore = now.AddMinutes(-options.Value.LoginFailureMemoryMinutes);
        // An upsert, so that concurrent failures of one pair all count; EF Core has no ON CONFLICT (ADR 0004).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO login_failure_streaks AS s (client_address, user_name, failures, last_failed_at)
            VALUES ({attempt.ClientAddress}, {attempt.UserName}, 1, {now})
            ON CONFLICT (client_address, user_name) DO UPDATE
            SET failures = CASE WHEN s.last_failed_at < {forgottenBefore} THEN 1 ELSE s.failures + 1 END,
                last_failed_at = excluded.last_failed_at
            """, cancellationToken);
    }

    /// <summary>Ends the pair's streak after a successful sign-in.</summary>
    public Task ForgetAsync(LoginAttempt attempt, CancellationToken cancellationToken) =>
        db.LoginFailureStreaks
            .Where(s => s.ClientAddress == attempt.ClientAddress && s.UserName == attempt.UserName)
            .ExecuteDeleteAsync(cancellationToken);
}
