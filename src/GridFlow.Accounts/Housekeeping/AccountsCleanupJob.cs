using GridFlow.Accounts.Options;
using GridFlow.Data;
using GridFlow.Scheduling.Jobs;
using Microsoft.Extensions.Logging;

namespace GridFlow.Accounts.Housekeeping;

/// <summary>
/// Deletes refresh tokens past their expiry (used, revoked or not: none of them can do anything any more) and
/// failure streaks forgotten for <c>Accounts:LoginFailureMemoryMinutes</c>, so both tables stay as large as the
/// live sessions and the recent failures. Idempotent, so Hangfire may retry it.
/// </summary>
public sealed partial class AccountsCleanupJob(GridFlowDbContext db, TimeProvider clock, IOptions<AccountOptions> options, ILogger<AccountsCleanupJob> logger) : IRecurringJob
{
    public const string Name = "accounts-cleanup";

    /// <summary>Hourly: a streak's memory is an hour by default.</summary>
    public const string DefaultCron = "17 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokens = await db.RefreshTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var forgottenBefore = now.AddMinutes(-options.Value.LoginFailureMemoryMinutes);
        var streaks = await db.LoginFailureStreaks.Where(s => s.LastFailedAt < forgottenBefore).ExecuteDeleteAsync(cancellationToken);
        LogCleaned(logger, tokens, streaks);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Accounts clean-up: {Tokens} expired refresh tokens and {Streaks} forgotten sign-in failure streaks deleted")]
    private static partial void LogCleaned(ILogger logger, int tokens, int streaks);
}
