using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Sizes of the lifecycle benchmark; the defaults keep a run under about five minutes on two cores.</summary>
public sealed record LifecycleOptions(
    int Issues, int WarmupIssues, int Concurrency, int InboxInstances, int InboxRequests, int InboxConcurrency, int InboxRate, int PgbenchSeconds, string Role)
{
    /// <summary>
    /// <c>Scheduling:Role</c> of the host. <c>api</c> (default) measures an API node: completions write their
    /// outbox and timer rows, but delivery loops, the timer sweeper and the Hangfire server run elsewhere, as in a
    /// split deployment. <c>all</c> runs them in the same process; there is no mail server here, so every mail
    /// then fails and is retried (a warning each time), which is not what production pays.
    /// </summary>
    public const string ApiRole = "api";

    public static LifecycleOptions From(BenchmarkArgs args)
    {
        var options = new LifecycleOptions(
            args.GetPositiveInt("issues", 3_000),
            args.GetPositiveInt("warmup-issues", 10_000),
            args.GetPositiveInt("concurrency", 64),
            args.GetPositiveInt("inbox-instances", 100_000),
            args.GetPositiveInt("inbox-requests", 2_000),
            args.GetPositiveInt("inbox-concurrency", 8),
            args.GetPositiveInt("inbox-rate", 200),
            args.GetPositiveInt("pgbench-seconds", 15),
            args.GetChoice("role", ApiRole, ApiRole, "all"));
        args.EnsureAllUsed();
        return options;
    }

    /// <summary>Untimed inbox requests first: JIT warm, plans cached, connections open.</summary>
    public int InboxWarmupRequests => Math.Min(InboxRequests, 200);
}
