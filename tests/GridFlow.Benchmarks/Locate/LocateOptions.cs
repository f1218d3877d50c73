using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.Locate;

/// <summary>Sizes of the locate benchmark; the defaults keep a run under about three minutes on two cores.</summary>
public sealed record LocateOptions(int Grids, int Lookups, int Requests, int Concurrency)
{
    /// <summary>The lattice is 10 counties × 10 townships, each township holding an equal share of the grids.</summary>
    public const int Townships = 100;

    public static LocateOptions From(BenchmarkArgs args)
    {
        var options = new LocateOptions(
            args.GetPositiveInt("grids", 100_000),
            args.GetPositiveInt("lookups", 1_000_000),
            args.GetPositiveInt("requests", 100_000),
            args.GetPositiveInt("concurrency", 32));
        args.EnsureAllUsed();
        if (options.Grids % Townships != 0)
        {
            throw new BenchmarkUsageException($"--grids must be a multiple of {Townships}, got {options.Grids}");
        }

        return options;
    }

    /// <summary>Untimed lookups first, so the JIT has tiered up the hot path before the clock starts.</summary>
    public int WarmupLookups => Math.Min(Lookups, 100_000);

    /// <summary>Untimed requests first: connections opened, JIT warm, thread pool grown.</summary>
    public int WarmupRequests => Math.Min(Requests, 5_000);
}
