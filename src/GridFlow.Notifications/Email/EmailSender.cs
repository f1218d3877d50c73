using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GridFlow.Notifications.Email;

/// <summary>
/// Sends pending mails. A pass claims due mails (status <c>sending</c> under a lease, in one short statement),
/// sends them over one SMTP session, and marks each one sent with a single UPDATE right after the server accepted
/// it — the only window in which a crash could send a mail twice. A transient failure puts the mail back with
/// exponential backoff; a permanent refusal records it as <c>refused</c> for good. A mail whose lease ran out (its
/// node died while sending) is taken back and sent again, with the same Message-ID.
/// </summary>
public sealed partial class EmailSender(
    IServiceScopeFactory scopes,
    SmtpConnector connector,
    MailComposer composer,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<EmailSender> logger)
{
    private static readonly TimeSpan ReclaimInterval = TimeSpan.FromSeconds(30);
    private readonly string owner = Sql.Fit($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}", 128);
    private DateTimeOffset nextReclaim = DateTimeOffset.MinValue;

    /// <summary>Sends one batch; returns how many mails it claimed (0 when nothing was due).</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() >= nextReclaim)
        {
            await ReclaimExpiredAsync(cancellationToken);
            nextReclaim = clock.GetUtcNow() + ReclaimInterval;
        }

        var claimed = await ClaimAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var next = 0;
        SmtpClient? client = null;
        try
        {
            for (; next < claimed.Count; next++)
            {
                var email = claimed[next];
                if (!TryCompose(email, out var message, out var invalid))
                {
                    await RefuseAsync(email, invalid, CancellationToken.None);
                    continue;
                }

                try
                {
                    client ??= await connector.ConnectAsync(cancellationToken);
                    await client.SendAsync(message, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    await FailAsync(email, exception, CancellationToken.None);
                    if (client is { IsConnected: false })
                    {
                        client.Dispose();
                        client = null;
                    }

                    if (client is null && !SmtpFailures.IsPermanent(exception))
                    {
                        // The server is unreachable: the rest of the batch waits with the same backoff instead of each timing out.
                        await ReleaseRestAsync(claimed, next + 1, exception);
                        next = claimed.Count;
                    }

                    continue;
                }

                // Accepted by the server: record it at once, whatever the shutdown token says.
                await MarkSentAsync(email, CancellationToken.None);
            }
        }
        finally
        {
            if (next < claimed.Count)
            {
                // Stopped (shutdown) before these were tried: give them back now rather than after the lease.
                await ReleaseUntriedAsync(claimed.Skip(next + 1).Select(e => e.Id).ToArray());
            }

            if (client is not null)
            {
                await QuitAsync(client);
            }
        }

        return claimed.Count;
    }

    private bool TryCompose(ClaimedEmail email, out MimeMessage message, out string error)
    {
        try
        {
            message = composer.Compose(email);
            error = "";
            return true;
        }
        catch (ParseException exception)
        {
            message = null!;
            error = $"invalid address: {exception.Message}";
            return false;
        }
    }

    private async Task<List<ClaimedEmail>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The locking clause is the one thing EF Core cannot say: other nodes skip the rows this one claims. The status
        // is part of the text, not a parameter, so the partial index of pending mails always applies.
        var due = await db.EmailMessages
            .FromSqlRaw(
                $"SELECT * FROM email_messages WHERE status = '{EmailStatuses.Pending}' AND next_attempt_at <= {{0}} ORDER BY next_attempt_at LIMIT {{1}} FOR UPDATE SKIP LOCKED",
                now, options.Value.BatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var ids = due.Select(e => e.Id).ToList();
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await db.EmailMessages.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.Status, EmailStatuses.Sending)
            .SetProperty(e => e.LeaseOwner, owner)
            .SetProperty(e => e.LeaseUntil, until), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Select(e => new ClaimedEmail(e.Id, e.To, e.Subject, e.Body, e.Attempts)).OrderBy(e => e.Id).ToList();
    }

    /// <summary>Mails left in <c>sending</c> by a node that died go back to <c>pending</c> once their lease ran out.</summary>
    public async Task<int> ReclaimExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = await UpdateAsync(e => e.Status == EmailStatuses.Sending && e.LeaseUntil < now, set => set
            .SetProperty(e => e.Status, EmailStatuses.Pending)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(e => e.LastError, "lease expired while sending (node stopped?); sent again with the same Message-ID"), cancellationToken);
        if (count > 0)
        {
            LogReclaimed(logger, count);
        }

        return count;
    }

    private Task MarkSentAsync(ClaimedEmail email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return UpdateAsync(e => e.Id == email.Id, set => set
            .SetProperty(e => e.Status, EmailStatuses.Sent)
            .SetProperty(e => e.SentAt, now)
            .SetProperty(e => e.Attempts, e => e.Attempts + 1)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private async Task RefuseAsync(ClaimedEmail email, string error, CancellationToken cancellationToken)
    {
        var lastError = Sql.Fit(error, 2000);
        await UpdateAsync(e => e.Id == email.Id, set => set
            .SetProperty(e => e.Status, EmailStatuses.Refused)
            .SetProperty(e => e.Attempts, e => e.Attempts + 1)
            .SetProperty(e => e.LastError, lastError)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        LogRefused(logger, email.Id, email.To, error);
    }

    private async Task FailAsync(ClaimedEmail email, Exception exception, CancellationToken cancellationToken)
    {
        var error = SmtpFailures.Describe(exception);
        if (SmtpFailures.IsPermanent(exception))
        {
            await RefuseAsync(email, error, cancellationToken);
            return;
        }

        var attempts = email.Attempts + 1;
        var delay = Backoff.Delay(attempts, options.Value.RetryBaseSeconds, options.Value.RetryMaxSeconds);
        var next = clock.GetUtcNow() + delay;
        var lastError = Sql.Fit(error, 2000);
        await UpdateAsync(e => e.Id == email.Id, set => set
            .SetProperty(e => e.Status, EmailStatuses.Pending)
            .SetProperty(e => e.Attempts, attempts)
            .SetProperty(e => e.NextAttemptAt, next)
            .SetProperty(e => e.LastError, lastError)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        LogRetry(logger, email.Id, attempts, delay.TotalSeconds, error);
    }

    private async Task ReleaseRestAsync(List<ClaimedEmail> claimed, int from, Exception exception)
    {
        for (var i = from; i < claimed.Count; i++)
        {
            await FailAsync(claimed[i], exception, CancellationToken.None);
        }
    }

    private async Task ReleaseUntriedAsync(Guid[] ids)
    {
        if (ids.Length > 0)
        {
            await UpdateAsync(e => ids.Contains(e.Id) && e.Status == EmailStatuses.Sending && e.LeaseOwner == owner, set => set
                .SetProperty(e => e.Status, EmailStatuses.Pending)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // Every mail is already recorded; a failed QUIT changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>One statement in a context of its own: the sender is a singleton that outlives any scope.</summary>
    private async Task<int> UpdateAsync(
        System.Linq.Expressions.Expression<Func<EmailMessage, bool>> which,
        Action<UpdateSettersBuilder<EmailMessage>> set,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        return await db.EmailMessages.Where(which).ExecuteUpdateAsync(set, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {EmailId} not sent (attempt {Attempts}); retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid emailId, int attempts, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {EmailId} to {To} refused for good: {Error}")]
    private static partial void LogRefused(ILogger logger, Guid emailId, string to, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} mails whose sender stopped while sending were taken back")]
    private static partial void LogReclaimed(ILogger logger, int count);
}
