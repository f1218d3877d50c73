using System.Diagnostics;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Regions.Spatial;

namespace GridFlow.Benchmarks.Locate;

/// <summary>
/// Times <see cref="GridSpatialIndex.LocateAsync"/>, the call behind <c>GET /api/grids/locate</c>, with
/// the index from the host's own container: the same snapshot, refresh checks and options as in service.
/// </summary>
public sealed class InProcessLocateRun(GridSpatialIndex index, GridLattice lattice, Probe[] probes)
{
    /// <summary>Untimed calls so the JIT has produced optimised code before the measurement starts.</summary>
    public long WarmUp(int count)
    {
        var wrong = 0L;
        for (var i = 0; i < count; i++)
        {
            wrong += IsRight(probes[i % probes.Length]) ? 0 : 1;
        }

        return wrong;
    }

    public RunResult RunSingleThread()
    {
        var ticks = new long[probes.Length];
        var wrong = 0L;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < probes.Length; i++)
        {
            var before = Stopwatch.GetTimestamp();
            var right = IsRight(probes[i]);
            ticks[i] = Stopwatch.GetTimestamp() - before;
            wrong += right ? 0 : 1;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new RunResult(probes.Length, elapsed, LatencySummary.FromTicks(ticks), wrong, 0);
    }

    /// <summary>One worker per core, each on its own contiguous slice of the probes.</summary>
    public RunResult RunParallel(int workers)
    {
        var ticks = new long[probes.Length];
        var wrong = 0L;
        var slice = (probes.Length + workers - 1) / workers;
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var localWrong = 0L;
            var end = Math.Min(probes.Length, (worker + 1) * slice);
            for (var i = worker * slice; i < end; i++)
            {
                var before = Stopwatch.GetTimestamp();
                var right = IsRight(probes[i]);
                ticks[i] = Stopwatch.GetTimestamp() - before;
                localWrong += right ? 0 : 1;
            }

            Interlocked.Add(ref wrong, localWrong);
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new RunResult(probes.Length, elapsed, LatencySummary.FromTicks(ticks), wrong, 0);
    }

    private bool IsRight(in Probe probe)
    {
        var pending = index.LocateAsync(probe.Lon, probe.Lat, CancellationToken.None);
        // Almost always synchronous (the snapshot is in memory); every IndexRefreshSeconds one call
        // checks the database stamp, and blocking on that one is what a sync caller would see.
        var hits = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return probe.IsInside
            ? hits.Count == 1 && string.Equals(hits[0].Code, lattice.GridCode(probe.Grid), StringComparison.Ordinal)
            : hits.Count == 0;
    }
}
