using GridFlow.Scheduling.Hosting;
namespace GridFlow.Notifications.Hosting;

/// <summary>Sends pending mails on worker nodes, polling like <see cref="OutboxDispatchLoop"/>.</summary>
public sealed class EmailSendLoop(EmailSender sender, IOptions<NotificationsOptions> options, ILogger<EmailSendLoop> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PollingLoop.RunAsync(
        sender.SendAsync, options.Value.BatchSize, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), logger, "Mail sender", stoppingToken);
}
