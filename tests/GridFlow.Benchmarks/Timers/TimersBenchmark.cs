using System.Diagnostics;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Measurement;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Benchmarks.Timers;

/// <summary>
/// <c>./gridflow bench timers</c>: a burst of due reminder timers worked off by one sweeper host, then by two;
/// firing lateness under a steady arrival rate; and the same kind of burst as Hangfire delayed jobs. The last
/// line is <c>RESULT key=value ...</c> for scripts.
/// </summary>
public sealed class TimersBenchmark(TimersOptions options)
{
    /// <summary>Timers are due this long after they are written, so a burst is complete before anyone may fire it.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    private static readonly Dictionary<string, string> HostSettings = new()
    {
        ["Scheduling:WorkerCount"] = "20",
        ["Serilog:MinimumLevel:Override:GridFlow.Workflows.Runtime.Timers"] = "Warning",
    };

    public async Task<int> RunAsync()
    {
        var server = BenchDatabase.ServerFromEnvironment();
        Report.Line($"timers benchmark: burst {options.Burst}, steady {options.Rate}/s for {options.SteadySeconds} s, {options.HangfireJobs} Hangfire delayed jobs; {MachineLoad.Describe()}");
        await using var database = await BenchDatabase.CreateAsync(server, "gridflow_bench_timers");
        await using var first = new BenchHost(database.ConnectionString, HostSettings);
        first.Start();
        var rows = new TimerRows(database.ConnectionString);
        var started = Stopwatch.GetTimestamp();
        await rows.CreateTasksAsync(options.Burst);
        Report.Line($"wrote {options.Burst} open tasks with their issues and instances in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        var oneNode = await BurstAsync(rows, 0, "1 node");
        await using var second = new BenchHost(database.ConnectionString, new Dictionary<string, string>(HostSettings) { ["Scheduling:Role"] = "worker" });
        second.Start();
        var twoNodes = await BurstAsync(rows, options.Burst, "2 nodes");
        var lateness = await SteadyAsync(rows);
        var hangfire = await HangfireAsync(first.Services.GetRequiredService<IBackgroundJobClient>(), first.Services.GetRequiredService<JobStorage>());

        Report.Line($"finished; {MachineLoad.Describe()}");
        Report.Line($"RESULT timers_per_s_1node={oneNode:F0} timers_per_s_2nodes={twoNodes:F0} lateness_p50_ms={lateness[0]:F0} lateness_p99_ms={lateness[1]:F0} hangfire_delayed_per_s={hangfire:F0}");
        return 0;
    }

    private async Task<double> BurstAsync(TimerRows rows, int first, string label)
    {
        var dueAt = DateTimeOffset.UtcNow + Lead;
        await rows.InsertTimersAsync(first, options.Burst, options.Burst, dueAt);
        var wait = dueAt - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var started = Stopwatch.GetTimestamp();
        while (await rows.CountAsync("SELECT count(*) FROM workflow_timers WHERE status = 'pending' AND due_at <= $1", dueAt) > 0)
        {
            await Task.Delay(50);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var fired = await rows.CountAsync("SELECT count(*) FROM workflow_timers WHERE due_at = $1 AND status = 'fired'", dueAt);
        var nodes = await rows.CountAsync("SELECT count(DISTINCT lease_owner) FROM workflow_timers WHERE due_at = $1", dueAt);
        var perSecond = fired / elapsed.TotalSeconds;
        Report.Line($"burst, {label}: {fired} timers fired by {nodes} node(s) in {elapsed.TotalSeconds:F2} s = {perSecond:F0} timers/s");
        Report.Line($"  outbox rows delivered meanwhile: {await rows.CountAsync("SELECT count(*) FROM outbox WHERE status <> 'pending'")} of {await rows.CountAsync("SELECT count(*) FROM outbox")}");
        return perSecond;
    }

    /// <summary>Timers arriving at a steady rate, each due 1 s after it is written; lateness is fired_at - due_at.</summary>
    private async Task<double[]> SteadyAsync(TimerRows rows)
    {
        var since = DateTimeOffset.UtcNow;
        const int TicksPerSecond = 10;
        var perTick = Math.Max(1, options.Rate / TicksPerSecond);
        using var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(1000 / TicksPerSecond));
        var next = 0;
        for (var tick = 0; tick < options.SteadySeconds * TicksPerSecond && await ticker.WaitForNextTickAsync(); tick++)
        {
            await rows.InsertTimersAsync(next, perTick, options.Burst, DateTimeOffset.UtcNow.AddSeconds(1));
            next += perTick;
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var percentiles = await rows.LatenessPercentilesAsync(since);
        var pending = await rows.CountAsync("SELECT count(*) FROM workflow_timers WHERE status = 'pending' AND created_at >= $1", since);
        Report.Line($"steady {perTick * TicksPerSecond}/s for {options.SteadySeconds} s ({next} timers, 2 nodes): lateness p50 {percentiles[0]:F0} ms, p99 {percentiles[1]:F0} ms, max {percentiles[2]:F0} ms; {pending} still pending");
        return percentiles;
    }

    /// <summary>The same kind of burst as Hangfire delayed jobs: scheduled for one instant, timed until all succeeded.</summary>
    private async Task<double> HangfireAsync(IBackgroundJobClient client, JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        var before = monitoring.GetStatistics().Succeeded;
        var scheduling = Stopwatch.GetTimestamp();
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(5);
        await Parallel.ForEachAsync(Enumerable.Range(0, options.HangfireJobs), new ParallelOptions { MaxDegreeOfParallelism = 16 }, (_, _) =>
        {
            client.Schedule(() => HangfireNoopJob.Run(), dueAt);
            return ValueTask.CompletedTask;
        });
        Report.Line($"Hangfire: scheduled {options.HangfireJobs} delayed jobs in {Stopwatch.GetElapsedTime(scheduling).TotalSeconds:F1} s");
        var wait = dueAt - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var started = Stopwatch.GetTimestamp();
        var deadline = TimeSpan.FromMinutes(10);
        long done;
        while ((done = monitoring.GetStatistics().Succeeded - before) < options.HangfireJobs && Stopwatch.GetElapsedTime(started) < deadline)
        {
            await Task.Delay(200);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var perSecond = done / elapsed.TotalSeconds;
        Report.Line($"Hangfire delayed jobs, 2 servers x 20 workers: {done} succeeded {elapsed.TotalSeconds:F1} s after their due time = {perSecond:F0} jobs/s");
        return perSecond;
    }
}
