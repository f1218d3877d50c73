using Microsoft.Extensions.Logging;

namespace GridFlow.Scheduling.Hosting;

/// <summary>
/// The loop of every background worker that works off rows (the timer sweep, outbox delivery, mail sending): runs a
/// pass again and again, at once while passes come back full (a burst is worked off at the database's pace), else
/// after a pause. A failed pass rolled back, so its rows are free again; it is logged and tried after the pause.
/// </summary>
public static partial class PollingLoop
{
    public static async Task RunAsync(Func<CancellationToken, Task<int>> pass, int batchSize, TimeSpan pause, ILogger logger, string name, CancellationToken stoppingToken)
    {
        LogStarted(logger, name, pause.TotalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                full = await pass(stoppingToken) >= batchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever went wrong rolled back with its pass; a worker must outlive one bad pass, not stop the host.
                LogFailed(logger, exception, name);
            }

            if (!full)
            {
                try
                {
                    // Real time on purpose: "now" comes from TimeProvider (tests move it), the pacing does not.
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name} started: every {PauseMs} ms when idle")]
    private static partial void LogStarted(ILogger logger, string name, double pauseMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name}: a pass failed and was rolled back; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception, string name);
}
