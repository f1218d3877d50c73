using System.Diagnostics;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// A fixed number of workers taking items 0..count-1 in turn, each starting its next item when the previous one
/// is done (a closed loop: the load is as high as the server lets it be, never a queue of its own making).
/// </summary>
public static class ClosedLoop
{
    /// <summary>Runs <paramref name="work"/> for every item and returns the wall time of the whole run.</summary>
    public static async Task<TimeSpan> RunAsync(int count, int workers, Func<int, Task> work)
    {
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(workers, Math.Max(count, 1))).Select(_ => Task.Run(async () =>
        {
            int item;
            while ((item = Interlocked.Increment(ref next)) < count)
            {
                await work(item);
            }
        })));
        return Stopwatch.GetElapsedTime(started);
    }
}
