using GridFlow.Scheduling.Hosting;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>
/// Fires due timers on worker nodes. Hangfire's delayed jobs fire up to 15 s late, so timers are not Hangfire
/// jobs: this loop sweeps the partial index of pending timers every <see cref="TimerOptions.SweepIntervalMilliseconds"/>,
/// and at once again while sweeps come back full, which keeps a burst moving at the database's pace. Any number
/// of nodes may sweep together: claims use <c>SKIP LOCKED</c>, so they never take the same timer. It runs on worker
/// nodes only (registered with <c>AddWorkerService</c>).
/// </summary>
public sealed partial class TimerSweeper(TimerSweep sweep, TimerMetrics metrics, IOptions<TimerOptions> options, ILogger<TimerSweeper> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        return PollingLoop.RunAsync(SweepAsync, settings.BatchSize, TimeSpan.FromMilliseconds(settings.SweepIntervalMilliseconds), logger, "Timer sweeper", stoppingToken);
    }

    /// <summary>One sweep; the loop sweeps again at once when it fired or cancelled a full batch.</summary>
    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(cancellationToken);
        if (result.Claimed > 0)
        {
            metrics.Record(result);
            LogSweep(logger, result.Fired, result.Cancelled, result.Skipped, result.MaxLateness.TotalMilliseconds);
        }

        return result.Fired + result.Cancelled;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer sweep: {Fired} fired, {Cancelled} cancelled, {Skipped} left for later (instance busy), oldest {LatenessMs:F0} ms late")]
    private static partial void LogSweep(ILogger logger, int fired, int cancelled, int skipped, double latenessMs);
}
