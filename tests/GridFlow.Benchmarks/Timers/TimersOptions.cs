using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.Timers;

/// <summary>Options of <c>./gridflow bench timers</c>.</summary>
public sealed record TimersOptions(int Burst, int Rate, int SteadySeconds, int HangfireJobs)
{
    public static TimersOptions From(BenchmarkArgs arguments)
    {
        var options = new TimersOptions(
            arguments.GetPositiveInt("burst", 100_000),
            arguments.GetPositiveInt("rate", 200),
            arguments.GetPositiveInt("steady-seconds", 20),
            arguments.GetPositiveInt("hangfire-jobs", 10_000));
        arguments.EnsureAllUsed();
        return options;
    }
}
