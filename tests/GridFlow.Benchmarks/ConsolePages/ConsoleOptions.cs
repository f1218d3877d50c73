using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>Sizes of the console benchmark; the defaults keep a run within a few minutes on two cores.</summary>
public sealed record ConsoleOptions(int Issues, int Requests, int Warmup, int Loads, string User)
{
    /// <summary>The targets the benchmark reports against (issue 13 §6).</summary>
    public const double PageP95TargetMs = 150, DashboardTtiTargetMs = 2000;

    public static ConsoleOptions From(BenchmarkArgs args)
    {
        var options = new ConsoleOptions(
            args.GetPositiveInt("issues", 100_000),
            args.GetPositiveInt("requests", 50),
            args.GetPositiveInt("warmup", 5),
            args.GetPositiveInt("loads", 5),
            args.GetChoice("user", "city-supervisor", "city-supervisor", "county-supervisor", "township-officer", "admin"));
        args.EnsureAllUsed();
        return options;
    }
}
