using System.Diagnostics;
using System.Runtime;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Lifecycle.Inbox;
using GridFlow.Benchmarks.Measurement;
using GridFlow.DemoData.Seeding;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// <c>./gridflow bench lifecycle</c>: the demo city on a fresh database, N issues reported and each driven
/// through accept → rectify → verify over HTTP by the demo accounts, pgbench -N on the same server as the
/// yardstick, then the inbox timed with 100,000 running instances. Exit code 1 when any call failed.
/// </summary>
public sealed class LifecycleBenchmark(LifecycleOptions options)
{
    private Dictionary<string, string> HostSettings => new()
    {
        // The demo city and accounts; the workflows/ files are imported and the categories mapped at startup anyway.
        ["Seed:Demo"] = "true",
        ["Scheduling:Role"] = options.Role == LifecycleOptions.ApiRole ? "Api" : "All",
    };

    public async Task<int> RunAsync()
    {
        var server = BenchDatabase.ServerFromEnvironment();
        Report.Line($"lifecycle benchmark: {options.Issues} issues (after up to {options.WarmupIssues} untimed) from {options.Concurrency} clients, inbox with {options.InboxInstances} running instances, Scheduling:Role {HostSettings["Scheduling:Role"]}; {MachineLoad.Describe()}");
        await using var database = await BenchDatabase.CreateAsync(server, "gridflow_bench_lifecycle");
        // Created now and dropped with the rest at the end: dropping it mid-run would clear the host's connection pools.
        await using var scratch = await BenchDatabase.CreateAsync(server, "gridflow_bench_pgbench");
        await using var host = new BenchHost(database.ConnectionString, HostSettings);
        var started = Stopwatch.GetTimestamp();
        host.Start();
        Report.Line($"host started on {host.ServerAddress}: schema migrated, demo city seeded, workflows imported in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        using var api = new ApiClient(host.ServerAddress, Math.Max(options.Concurrency, options.InboxConcurrency));
        var errors = new ErrorLog();
        var officer = await DemoSignIn.SignInAsync(api, DemoAccounts.TownshipOfficer);
        var inspector = await DemoSignIn.SignInAsync(api, DemoAccounts.Inspector);
        var site = await ReportSite.FindAsync(api, inspector);
        Report.Line($"signed in as {officer.UserName} and {inspector.UserName}; reporting at the centre of grid {site.GridCode} ({site.Lat:F5}, {site.Lon:F5})");

        var cpu = new CpuMeter();
        var report = await new ReportPhase(api, inspector, site, errors).RunAsync(options.Issues, options.Concurrency);
        var usage = cpu.Stop();
        PrintPhase($"report: {report.Figures.Count} issues", report.Figures, "reports/s");
        Report.Line($"  {usage.Describe()}");
        Report.Line($"  {usage.DescribePer(report.Figures.PerSecond, "report")}");
        var fresh = await EngineRows.ReadFreshInstanceAsync(database.ConnectionString);
        var acceptIds = await AcceptTaskFinder.FindAsync(api, officer, report.IssueIds);
        foreach (var issue in report.IssueIds.Where((id, i) => id is not null && acceptIds[i] is null).Take(5))
        {
            errors.Note($"issue {issue}: no open accept task in {officer.UserName}'s inbox");
        }

        // Further issues, reported and driven round by round, warm the completion path (tiered JIT, prepared
        // statements, pools) untimed, so the figures are a running server's, not a cold start's.
        Report.Line($"warm-up: rounds of {JitQuietWarmUp.RoundIssues} issues until two rounds in a row JIT-compile fewer than {JitQuietWarmUp.QuietMethodsPerRound} methods each");
        var warmReports = new ReportPhase(api, inspector, site, errors);
        await new JitQuietWarmUp(new DrivePhase(api, officer, inspector, errors), options.Concurrency, async count =>
        {
            var round = await warmReports.RunAsync(count, options.Concurrency);
            return (await AcceptTaskFinder.FindAsync(api, officer, round.IssueIds)).OfType<string>().ToList();
        }).RunAsync(options.WarmupIssues);
        var drive = await DriveAsync(database.ConnectionString, api, officer, inspector, errors, acceptIds.OfType<string>().ToList());
        var tps = await PgBench.RunAsync(scratch.ConnectionString, options.PgbenchSeconds);
        var inbox = await InboxAsync(database.ConnectionString, api, officer, inspector, errors, fresh);

        Report.Line($"finished; {MachineLoad.Describe()}");
        Report.Line($"errors: {errors.Count}");
        foreach (var sample in errors.Samples)
        {
            Report.Error($"  error: {sample}");
        }

        var completions = drive.Completions;
        Report.Line($"RESULT completions_per_s={completions.PerSecond:F1} p50_ms={completions.Latency.P50Milliseconds:F2} p99_ms={completions.Latency.P99Milliseconds:F2} pgbench_tps={tps:F1} ratio={completions.PerSecond / tps:F3} inbox_p99_ms={inbox.SaturatedP99:F2} inbox_p99_at_rate_ms={inbox.AtRateP99:F2}");
        return errors.Count == 0 ? 0 : 1;
    }

    private async Task<DriveResult> DriveAsync(string connectionString, ApiClient api, DemoUser officer, DemoUser inspector, ErrorLog errors, IReadOnlyList<string> acceptIds)
    {
        var phase = new DrivePhase(api, officer, inspector, errors);
        var wal = await WalMeter.StartAsync(connectionString);
        var cpu = new CpuMeter();
        var (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var drive = await phase.RunAsync(acceptIds, options.Concurrency);
        var usage = cpu.Stop();
        Report.Line($"  JIT during the timed drive: {JitInfo.GetCompiledMethodCount() - jitMethods} methods compiled in {(JitInfo.GetCompilationTime() - jitTime).TotalSeconds:F1} s");
        PrintPhase($"drive: {acceptIds.Count} issues × {phase.Steps.Count} steps = {drive.Completions.Count} completions, {drive.ClosedIssues} issues closed", drive.Completions, "completions/s");
        Report.Line($"  {usage.Describe()}");
        Report.Line($"  {usage.DescribePer(drive.Completions.PerSecond, "completion")}");
        Report.Line($"  WAL written: {await wal.StopAsync() / (double)Math.Max(1, drive.Completions.Count):F0} bytes per completion");
        return drive;
    }

    /// <summary>
    /// Loads the running instances, then times both inboxes (the RESULT figures: the worse p99 of the two, from the
    /// closed loop and at a steady rate) and, for information, the issue list.
    /// </summary>
    private async Task<(double SaturatedP99, double AtRateP99)> InboxAsync(
        string connectionString, ApiClient api, DemoUser officer, DemoUser inspector, ErrorLog errors, InstanceShape fresh)
    {
        var city = await CityRows.ReadAsync(connectionString);
        var accept = WaitingAt.Accept(fresh, await EngineRows.ReadTaskAsync(connectionString, "accept"));
        var verify = WaitingAt.Verify(fresh, await EngineRows.ReadTaskAsync(connectionString, "verify"));
        var plan = BulkPlan.Create(options.InboxInstances, city, accept, verify, DateTime.UtcNow);
        await InboxLoader.LoadAsync(connectionString, plan);
        Report.Line($"  spread over {city.Townships.Count} townships' officers (about {plan.Count(i => i.ForOfficers) / city.Townships.Count} tasks each) and {city.Grids.Count(g => g.InspectorId is not null)} grid inspectors (about {plan.Count(i => !i.ForOfficers) / Math.Max(1, city.Grids.Count(g => g.InspectorId is not null))} each)");

        var supervisor = await DemoSignIn.SignInAsync(api, DemoAccounts.CountySupervisor);
        var phase = new InboxPhase(api, errors);
        const string inbox = "/api/tasks?assignedTo=me";
        var (saturatedP99, atRateP99) = (0.0, 0.0);
        foreach (var probe in new InboxProbe[] { new("inbox", officer, inbox), new("inbox", inspector, inbox), new("issues", supervisor, "/api/issues?pageSize=50") })
        {
            // The issue list is for information only and far slower (it counts a whole county), so a quarter of the requests.
            var requests = probe.Label == "inbox" ? options.InboxRequests : Math.Max(1, options.InboxRequests / 4);
            var figures = await phase.MeasureAsync(probe, Math.Min(requests, options.InboxWarmupRequests), requests, options.InboxConcurrency);
            PrintPhase($"GET {probe.Uri} as {probe.User.UserName} ({figures.Total} in the list): {figures.Figures.Count} requests from {options.InboxConcurrency} clients", figures.Figures, "req/s");
            Report.Line($"  {figures.Cpu.Describe()}");
            Report.Line($"  {figures.Cpu.DescribePer(figures.Figures.PerSecond, "request")}");
            if (probe.Label == "inbox")
            {
                saturatedP99 = Math.Max(saturatedP99, figures.Figures.Latency.P99Milliseconds);
                var steady = await phase.MeasureAtRateAsync(probe, options.InboxRequests, options.InboxRate);
                PrintPhase($"  the same at a steady {options.InboxRate} req/s (open loop, each timed from when it was due): {steady.Figures.Count} requests", steady.Figures, "req/s");
                Report.Line($"    {steady.Cpu.Describe()}");
                atRateP99 = Math.Max(atRateP99, steady.Figures.Latency.P99Milliseconds);
            }
        }

        return (saturatedP99, atRateP99);
    }

    private static void PrintPhase(string label, PhaseFigures figures, string unit) =>
        Report.Line($"{label} in {figures.Elapsed.TotalSeconds:F2} s = {figures.PerSecond:F1} {unit}, p50 {figures.Latency.P50Milliseconds:F2} ms, p99 {figures.Latency.P99Milliseconds:F2} ms, max {figures.Latency.MaxMilliseconds:F1} ms");
}
