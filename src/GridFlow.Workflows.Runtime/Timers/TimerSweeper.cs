using GridFlow.Workflows.Runtime.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        LogStarted(logger, settings.SweepIntervalMilliseconds, settings.BatchSize);
        // The pause is real time on purpose: "now" comes from TimeProvider (tests move it), the pacing does not.
        var interval = TimeSpan.FromMilliseconds(settings.SweepIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                var result = await sweep.RunAsync(stoppingToken);
                if (result.Claimed > 0)
                {
                    metrics.Record(result);
                    LogSweep(logger, result.Fired, result.Cancelled, result.Skipped, result.MaxLateness.TotalMilliseconds);
                }

                full = result.Fired + result.Cancelled >= settings.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The transaction rolled back, so its timers are free again; try again after the pause.
                LogFailed(logger, ex);
            }

            if (!full)
            {
                try
                {
                    await Task.Delay(interval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer sweeper started: every {IntervalMs} ms, up to {BatchSize} timers a sweep")]
    private static partial void LogStarted(ILogger logger, int intervalMs, int batchSize);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer sweep: {Fired} fired, {Cancelled} cancelled, {Skipped} left for later (instance busy), oldest {LatenessMs:F0} ms late")]
    private static partial void LogSweep(ILogger logger, int fired, int cancelled, int skipped, double latenessMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer sweep failed and was rolled back; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
