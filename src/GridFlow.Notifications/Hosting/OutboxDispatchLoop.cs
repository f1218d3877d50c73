using GridFlow.Scheduling.Hosting;
namespace GridFlow.Notifications.Hosting;

/// <summary>
/// Delivers outbox rows within about half a second of their commit, on worker nodes. Hangfire's own polling is
/// too slow for this; the <c>outbox-retry</c> recurring job is the safety net when this loop is not running.
/// </summary>
public sealed class OutboxDispatchLoop(OutboxDispatcher dispatcher, IOptions<NotificationsOptions> options, ILogger<OutboxDispatchLoop> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PollingLoop.RunAsync(
        dispatcher.DispatchAsync, options.Value.BatchSize, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), logger, "Outbox delivery", stoppingToken);
}
