using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Per-call durations from many workers, into one preallocated array (no lock, no growth while timed).</summary>
public sealed class LatencyLog(int capacity)
{
    private readonly long[] ticks = new long[capacity];
    private int count;

    public int Count => Math.Min(Volatile.Read(ref count), ticks.Length);

    public void Add(long elapsedTicks)
    {
        var slot = Interlocked.Increment(ref count) - 1;
        if (slot < ticks.Length)
        {
            ticks[slot] = elapsedTicks;
        }
    }

    /// <summary>Call once the workers are done; sorts the samples.</summary>
    public LatencySummary Summarise() => LatencySummary.FromTicks(ticks[..Count]);
}
