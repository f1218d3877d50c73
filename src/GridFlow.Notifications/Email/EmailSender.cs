using GridFlow.Notifications.Data;
using GridFlow.Notifications.Delivery;
using GridFlow.Notifications.Options;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace GridFlow.Notifications.Email;

/// <summary>
/// Sends pending mails. A pass claims due mails (status <c>sending</c> under a lease, in one short statement),
/// sends them over one SMTP session, and marks each one sent with a single UPDATE right after the server accepted
/// it — the only window in which a crash could send a mail twice. A transient failure puts the mail back with
/// exponential backoff; a permanent refusal records it as <c>refused</c> for good. A mail whose lease ran out (its
/// node died while sending) is taken back and sent again, with the same Message-ID.
/// </summary>
public sealed partial class EmailSender(
    NpgsqlDataSource database,
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
        await using var command = database.CreateCommand("""
            UPDATE email_messages e SET status = 'sending', lease_owner = $1, lease_until = $2
            FROM (SELECT id FROM email_messages WHERE status = 'pending' AND next_attempt_at <= $3
                  ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED) c
            WHERE e.id = c.id
            RETURNING e.id, e."to", e.subject, e.body, e.attempts
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = now.AddSeconds(options.Value.LeaseSeconds) });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = options.Value.BatchSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<ClaimedEmail>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedEmail(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return claimed.OrderBy(e => e.Id).ToList();
    }

    /// <summary>Mails left in <c>sending</c> by a node that died go back to <c>pending</c> once their lease ran out.</summary>
    public async Task<int> ReclaimExpiredAsync(CancellationToken cancellationToken)
    {
        var count = await ExecuteAsync(cancellationToken, """
            UPDATE email_messages SET status = 'pending', lease_owner = NULL, lease_until = NULL,
                last_error = 'lease expired while sending (node stopped?); sent again with the same Message-ID'
            WHERE status = 'sending' AND lease_until < $1
            """, clock.GetUtcNow());
        if (count > 0)
        {
            LogReclaimed(logger, count);
        }

        return count;
    }

    private Task MarkSentAsync(ClaimedEmail email, CancellationToken cancellationToken) => ExecuteAsync(cancellationToken, """
        UPDATE email_messages SET status = 'sent', sent_at = $2, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
        WHERE id = $1
        """, email.Id, clock.GetUtcNow());

    private async Task RefuseAsync(ClaimedEmail email, string error, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, """
            UPDATE email_messages SET status = 'refused', attempts = attempts + 1, last_error = $2, lease_owner = NULL, lease_until = NULL
            WHERE id = $1
            """, email.Id, Sql.Fit(error, 2000));
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
        await ExecuteAsync(cancellationToken, """
            UPDATE email_messages SET status = 'pending', attempts = $2, next_attempt_at = $3, last_error = $4, lease_owner = NULL, lease_until = NULL
            WHERE id = $1
            """, email.Id, attempts, clock.GetUtcNow() + delay, Sql.Fit(error, 2000));
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
            await ExecuteAsync(CancellationToken.None, """
                UPDATE email_messages SET status = 'pending', lease_owner = NULL, lease_until = NULL
                WHERE id = ANY($1) AND status = 'sending' AND lease_owner = $2
                """, ids, owner);
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

    private async Task<int> ExecuteAsync(CancellationToken cancellationToken, string sql, params object?[] values)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null, cancellationToken, sql, values);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {EmailId} not sent (attempt {Attempts}); retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid emailId, int attempts, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {EmailId} to {To} refused for good: {Error}")]
    private static partial void LogRefused(ILogger logger, Guid emailId, string to, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} mails whose sender stopped while sending were taken back")]
    private static partial void LogReclaimed(ILogger logger, int count);
}
