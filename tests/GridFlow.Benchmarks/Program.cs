using GridFlow.Benchmarks.Assessment;
using GridFlow.Benchmarks.ConsolePages;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Lifecycle;
using GridFlow.Benchmarks.Locate;
using GridFlow.Benchmarks.Timers;

namespace GridFlow.Benchmarks;

/// <summary>
/// Entry point: <c>GridFlow.Benchmarks &lt;name&gt; [--option value ...]</c>, started by <c>./gridflow bench</c>.
/// Not top-level statements: those would declare a global <c>Program</c> that hides the server's,
/// which <see cref="BenchHost"/> hands to WebApplicationFactory.
/// </summary>
public static class Program
{
    /// <summary>Exit code for a wrong command line, so scripts can tell it from a failed run (1).</summary>
    private const int UsageExitCode = 2;

    private static readonly Dictionary<string, Func<BenchmarkArgs, Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["locate"] = arguments => new LocateBenchmark(LocateOptions.From(arguments)).RunAsync(),
        ["lifecycle"] = arguments => new LifecycleBenchmark(LifecycleOptions.From(arguments)).RunAsync(),
        ["timers"] = arguments => new TimersBenchmark(TimersOptions.From(arguments)).RunAsync(),
        ["assessment"] = arguments => new AssessmentBenchmark(AssessmentOptions.From(arguments)).RunAsync(),
        ["console"] = arguments => new ConsoleBenchmark(ConsoleOptions.From(arguments)).RunAsync(),
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            if (args.Length > 0)
            {
                await Console.Error.WriteLineAsync($"unknown benchmark: {args[0]}");
            }

            PrintUsage();
            return UsageExitCode;
        }

        try
        {
            return await run(BenchmarkArgs.Parse(args.AsSpan(1)));
        }
        catch (BenchmarkUsageException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            PrintUsage();
            return UsageExitCode;
        }
        catch (Exception exception)
        {
            // Exit 1 with the whole exception rather than the runtime's abort (134), so scripts see a plain failure.
            await Console.Error.WriteLineAsync($"benchmark {args[0]} failed: {exception}");
            return 1;
        }
    }

    private static void PrintUsage() => Console.Error.WriteLine(
        """
        usage: ./gridflow bench <name> [options]

          locate   load grids, then time GET /api/grids/locate in-process and over HTTP
                   --grids N (default 100000, a multiple of 100)  --lookups N (default 1000000)
                   --requests N (default 100000)  --concurrency N (default 32)

          lifecycle  report issues and drive them through accept, rectify, verify over HTTP; pgbench -N
                   as the yardstick; then the inbox with many running instances
                   --issues N (default 3000)  --concurrency N (default 64)
                   --inbox-instances N (default 100000)  --inbox-requests N (default 2000)
                   --inbox-concurrency N (default 8)  --inbox-rate N per s (default 200)
                   --pgbench-seconds N (default 15)
                   --role api|all (default api: the host's Scheduling:Role, background loops off)

          timers   a burst of due timers fired by one and by two sweeper hosts, lateness under a steady rate,
                   and the same burst as Hangfire delayed jobs
                   --burst N (default 100000)  --rate N per s (default 200)  --steady-seconds N (default 20)
                   --hangfire-jobs N (default 10000)

          assessment  a province of inspectors with a month of facts bulk-loaded, then the monthly run, scorecard
                   reads and patrol uploads over HTTP
                   --cities N (default 20)  --inspectors-per-city N (default 1000, a multiple of 50)
                   --issues N (default 170000)  --patrols N (default 400000)  --tasks N (default 60000, inspectors' tasks)
                   --scorecards N (default 2000)  --scorecard-concurrency N (default 4)
                   --upload-seconds N (default 20)  --upload-concurrency N (default 32)

          console  a year of issues bulk-loaded; the server time of each main console page (GET of its HTML as a
                   signed-in cookie user) and the dashboard's time to interactive in Debian's Chromium
                   --issues N (default 100000)  --requests N per page (default 50)  --warmup N (default 5)
                   --loads N warm dashboard loads (default 5)  --user NAME (default city-supervisor)
        """);
}
