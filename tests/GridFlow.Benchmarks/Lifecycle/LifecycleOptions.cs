using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Sizes of the lifecycle benchmark; the defaults keep a run under about five minutes on two cores.</summary>
public sealed record LifecycleOptions(
    int Issues, int Concurrency, int InboxInstances, int InboxRequests, int InboxConcurrency, int PgbenchSeconds)
{
    public static LifecycleOptions From(BenchmarkArgs args)
    {
        var options = new LifecycleOptions(
            args.GetPositiveInt("issues", 3_000),
            args.GetPositiveInt("concurrency", 64),
            args.GetPositiveInt("inbox-instances", 100_000),
            args.GetPositiveInt("inbox-requests", 2_000),
            args.GetPositiveInt("inbox-concurrency", 8),
            args.GetPositiveInt("pgbench-seconds", 15));
        args.EnsureAllUsed();
        return options;
    }

    /// <summary>Untimed inbox requests first: JIT warm, plans cached, connections open.</summary>
    public int InboxWarmupRequests => Math.Min(InboxRequests, 200);
}
