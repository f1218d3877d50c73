using GridFlow.Scheduling.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Appeals;

/// <summary>
/// Settles decided appeals on worker nodes, every <c>Assessments:AppealSettleMilliseconds</c> (a second by default):
/// the inspector sees the new revision moments after the supervisor's decision. Each pass has a scope of its own.
/// </summary>
public sealed class AppealSettleLoop(IServiceScopeFactory scopes, IOptions<AssessmentOptions> options, ILogger<AppealSettleLoop> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PollingLoop.RunAsync(
        PassAsync, AppealSettler.BatchSize, TimeSpan.FromMilliseconds(options.Value.AppealSettleMilliseconds), logger, "Appeal settling", stoppingToken);

    private async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppealSettler>().SettleAsync(cancellationToken);
    }
}
