using System.Diagnostics;
using System.Net.Http.Headers;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Regions.Spatial;

namespace GridFlow.Benchmarks.Locate;

/// <summary>
/// <c>./gridflow bench locate</c>: a fresh database with a synthetic city of N grids, then point-in-polygon
/// lookups timed in-process (the spatial index alone) and over HTTP (the whole endpoint on Kestrel).
/// The last line is <c>RESULT key=value ...</c> for scripts. Exit code 1 when any answer was wrong.
/// </summary>
public sealed class LocateBenchmark(LocateOptions options)
{
    private const int InProcessSeed = 20260101;
    private const int HttpSeed = 20260102;

    public async Task<int> RunAsync()
    {
        var server = BenchDatabase.ServerFromEnvironment();
        Report.Line($"locate benchmark: {options.Grids} grids, {options.Lookups} in-process lookups, {options.Requests} HTTP requests from {options.Concurrency} workers; {MachineLoad.Describe()}");

        await using var database = await BenchDatabase.CreateAsync(server, "gridflow_bench_locate");
        await using var host = new BenchHost(database.ConnectionString);
        var started = Stopwatch.GetTimestamp();
        host.Start();
        Report.Line($"host started on {host.ServerAddress}, schema migrated in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        var lattice = new GridLattice(options.Grids);
        started = Stopwatch.GetTimestamp();
        var cityId = await GridLoader.LoadAsync(database.ConnectionString, lattice);
        var load = Stopwatch.GetElapsedTime(started);
        Report.Line($"loaded 1 city, {GridLattice.Counties} counties, {LocateOptions.Townships} townships, {options.Grids} grids ({lattice.GridsPerTownship} per township, {lattice.BlockWidth}x{lattice.BlockHeight} blocks) in {load.TotalSeconds:F2} s ({options.Grids / load.TotalSeconds:F0} grids/s, binary COPY)");
        await AdminAccount.CreateAsync(host.Services, cityId);

        var inProcess = await RunInProcessAsync(host, lattice);
        var http = await RunHttpAsync(host, lattice);

        Report.Line($"finished; {MachineLoad.Describe()}");
        // Wrong answers count as errors too: a fast index that answers wrongly is not a result.
        var errors = inProcess.Wrong + http.Errors + http.Wrong;
        Report.Line($"errors: {http.Errors} HTTP failures (status other than 200/404), {http.Wrong} wrong HTTP answers, {inProcess.Wrong} wrong in-process answers");
        Report.Line($"RESULT grids={options.Grids} inproc_lookups_per_s={inProcess.Single.PerSecond:F0} inproc_parallel_lookups_per_s={inProcess.Parallel.PerSecond:F0} inproc_p50_us={inProcess.Single.Latency.P50Microseconds:F2} inproc_p99_us={inProcess.Single.Latency.P99Microseconds:F2} http_requests_per_s={http.Result.PerSecond:F0} http_p50_ms={http.Result.Latency.P50Milliseconds:F3} http_p99_ms={http.Result.Latency.P99Milliseconds:F3} index_build_ms={inProcess.IndexBuildMs:F0} errors={errors}");
        return errors == 0 ? 0 : 1;
    }

    private async Task<InProcessFigures> RunInProcessAsync(BenchHost host, GridLattice lattice)
    {
        var index = host.GetService<GridSpatialIndex>();
        var probes = lattice.CreateProbes(options.Lookups, InProcessSeed);

        // The first lookup finds no snapshot and builds it: read all grids, parse WKB, build the STR-tree.
        var started = Stopwatch.GetTimestamp();
        var snapshot = await index.GetSnapshotAsync(CancellationToken.None);
        var buildMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Report.Line($"index built in {buildMs:F0} ms ({snapshot.Count} grids)");
        var wrong = snapshot.Count == options.Grids ? 0L : 1L;

        var run = new InProcessLocateRun(index, lattice, probes);
        wrong += run.WarmUp(options.WarmupLookups);
        var single = run.RunSingleThread();
        PrintInProcess("1 thread", single);
        var workers = Environment.ProcessorCount;
        var parallel = run.RunParallel(workers);
        PrintInProcess($"{workers} threads", parallel);
        return new InProcessFigures(buildMs, single, parallel, wrong + single.WrongAnswers + parallel.WrongAnswers);
    }

    private async Task<HttpFigures> RunHttpAsync(BenchHost host, GridLattice lattice)
    {
        var probes = lattice.CreateProbes(options.WarmupRequests + options.Requests, HttpSeed);
        using var handler = new SocketsHttpHandler
        {
            // One connection per worker: no worker waits for another's connection.
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = host.ServerAddress };
        var token = await AdminAccount.LoginAsync(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Report.Line($"signed in as {AdminAccount.UserName} (admin, whole city) over HTTP");

        var run = new HttpLocateRun(client, lattice, probes);
        var warmup = await run.RunAsync(0, options.WarmupRequests, options.Concurrency);
        Report.Line($"HTTP warm-up: {warmup.Count} requests, {warmup.PerSecond:F0} req/s");
        var result = await run.RunAsync(options.WarmupRequests, options.Requests, options.Concurrency);
        Report.Line($"HTTP {options.Concurrency} workers: {result.Count} requests in {result.Elapsed.TotalSeconds:F2} s = {result.PerSecond:F0} req/s, p50 {result.Latency.P50Milliseconds:F3} ms, p99 {result.Latency.P99Milliseconds:F3} ms, max {result.Latency.MaxMilliseconds:F1} ms");
        foreach (var sample in run.ErrorSamples)
        {
            Report.Error($"  error: {sample}");
        }

        return new HttpFigures(result, warmup.Failures + result.Failures, warmup.WrongAnswers + result.WrongAnswers);
    }

    private static void PrintInProcess(string label, RunResult result) =>
        Report.Line($"in-process {label}: {result.Count} lookups in {result.Elapsed.TotalSeconds:F2} s = {result.PerSecond:F0} lookups/s, p50 {result.Latency.P50Microseconds:F2} µs, p99 {result.Latency.P99Microseconds:F2} µs, max {result.Latency.MaxMicroseconds:F0} µs");
}
