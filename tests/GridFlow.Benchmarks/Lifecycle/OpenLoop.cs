using System.Diagnostics;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// Requests sent at a steady rate whatever the answers do (an open loop: users arriving, not a fixed set of workers).
/// Each is timed from when it was due to be sent, not from when it was sent, so a late sender or a stalled server
/// counts against the latency instead of hiding (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    /// <summary>Sends <paramref name="count"/> items at <paramref name="perSecond"/>; <paramref name="work"/> gets the item and its due timestamp.</summary>
    public static async Task<TimeSpan> RunAsync(int count, double perSecond, Func<int, long, Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        var interval = Stopwatch.Frequency / perSecond;
        var inFlight = new List<Task>(count);
        for (var item = 0; item < count; item++)
        {
            var due = started + (long)(item * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var current = item;
            inFlight.Add(Task.Run(() => work(current, due)));
        }

        await Task.WhenAll(inFlight);
        return Stopwatch.GetElapsedTime(started);
    }
}
