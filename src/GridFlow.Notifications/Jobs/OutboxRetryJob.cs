namespace GridFlow.Notifications.Jobs;

/// <summary>
/// The safety net behind the delivery loops (recurring job <c>outbox-retry</c>, every minute by default): works off
/// whatever outbox rows and mails are due — e.g. when every node runs the loops' role off, or a loop is stuck —
/// and takes back mails whose sender died. Claims skip what a loop holds, so running beside the loops is harmless.
/// </summary>
public sealed class OutboxRetryJob(OutboxDispatcher dispatcher, EmailSender sender, IOptions<NotificationsOptions> options) : IRecurringJob
{
    public const string Name = "outbox-retry";

    /// <summary>At most this many batches per run, so a run ends even while new rows keep arriving.</summary>
    private const int MaxBatches = 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = options.Value.BatchSize;
        for (var i = 0; i < MaxBatches && await dispatcher.DispatchAsync(cancellationToken) >= batch; i++)
        {
        }

        await sender.ReclaimExpiredAsync(cancellationToken);
        for (var i = 0; i < MaxBatches && await sender.SendAsync(cancellationToken) >= batch; i++)
        {
        }
    }
}
