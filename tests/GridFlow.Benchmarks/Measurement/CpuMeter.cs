using System.Diagnostics;
using System.Globalization;

namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// Where the CPU went during a phase. Client and server share this process and PostgreSQL the machine, so on
/// two cores the split tells which side a throughput limit is on. PostgreSQL is the postmaster of the cluster in
/// <c>GRIDFLOW_PG_DATA</c> and its children (the backends stay up: the server's connections are pooled).
/// </summary>
public sealed class CpuMeter
{
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly TimeSpan benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long? machineTicks = ProcFs.MachineBusyTicks();
    private readonly int? postmaster = Postmaster();
    private readonly Dictionary<int, long> postgresTicks;
    private readonly GcCounts gc = GcCounts.Now();

    public CpuMeter() => postgresTicks = PostgresTicks();

    public CpuUsage Stop()
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var bench = (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalSeconds / seconds;
        var machine = ProcFs.MachineBusyTicks() - machineTicks;
        double? postgres = null;
        if (postmaster is not null)
        {
            // A backend that started during the phase counts from zero; one that ended is in the postmaster's children time.
            var ticks = PostgresTicks().Sum(p => p.Value - postgresTicks.GetValueOrDefault(p.Key));
            postgres = ticks / ProcFs.TicksPerSecond / seconds;
        }

        return new CpuUsage(bench, postgres, machine / ProcFs.TicksPerSecond / seconds, GcCounts.Now() - gc);
    }

    private Dictionary<int, long> PostgresTicks()
    {
        var ticks = new Dictionary<int, long>();
        if (postmaster is not { } pid)
        {
            return ticks;
        }

        if (ProcFs.ProcessTicks(pid, withChildren: true) is { } own)
        {
            ticks[pid] = own;
        }

        foreach (var child in ProcFs.ChildrenOf(pid))
        {
            if (ProcFs.ProcessTicks(child, withChildren: false) is { } value)
            {
                ticks[child] = value;
            }
        }

        return ticks;
    }

    /// <summary>The first line of postmaster.pid, exported by <c>./gridflow bench</c> as the data folder.</summary>
    private static int? Postmaster()
    {
        try
        {
            var data = Environment.GetEnvironmentVariable("GRIDFLOW_PG_DATA");
            var line = data is null ? null : File.ReadLines(Path.Combine(data, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
