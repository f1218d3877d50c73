namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// Garbage collections of this process (server and clients) and the time they paused it: a pause stops every
/// request in flight at once, so it shows in the latency tail rather than in the mean.
/// </summary>
public readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcCounts operator -(GcCounts after, GcCounts before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    // CollectionCount(0) counts every collection (a gen1 collection also collects gen0), so gen0-only is the difference.
    public string Describe() => FormattableString.Invariant(
        $"GC: {Gen0 - Gen1} gen0, {Gen1 - Gen2} gen1 and {Gen2} gen2 collections pausing {Paused.TotalMilliseconds:F0} ms");
}
