using System.Diagnostics;
using GridFlow.Benchmarks.Assessment.Loading;
using GridFlow.Benchmarks.Assessment.Phases;
using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Lifecycle;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment;

/// <summary>
/// <c>./gridflow bench assessment</c>: a province of inspectors with a month of facts, bulk-loaded into the real
/// host's tables; then the monthly run over HTTP, scorecard reads, and patrol uploads. The host seeds no demo data, so
/// the inspectors are exactly those loaded. The last line is <c>RESULT key=value ...</c>; exit code 1 when an answer
/// was wrong or the run failed.
/// </summary>
public sealed class AssessmentBenchmark(AssessmentOptions options)
{
    public async Task<int> RunAsync()
    {
        var server = BenchDatabase.ServerFromEnvironment();
        Report.Line($"assessment benchmark: {options.Cities} cities × {options.InspectorsPerCity} inspectors, {options.Issues} issues, {options.Patrols} patrols, {options.Tasks} inspectors' tasks; {MachineLoad.Describe()}");
        await using var database = await BenchDatabase.CreateAsync(server, "gridflow_bench_assessment");
        // The run logs how long each of its phases took: shown here, so a slow run says where its time went.
        await using var host = new BenchHost(database.ConnectionString, new Dictionary<string, string> { ["Serilog:MinimumLevel:Override:GridFlow.Assessments.Runs.RunExecutor"] = "Information" });
        var started = Stopwatch.GetTimestamp();
        host.Start();
        Report.Line($"host started on {host.ServerAddress} (no demo data: Seed:Demo=false), schema migrated in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        var month = AssessedMonth.Before(DateTime.UtcNow);
        var layout = new ProvinceLayout(options.Cities, options.InspectorsPerCity);
        var owners = new GridOwners(layout, month);
        var ids = new ProvinceIds(layout, options.UploadConcurrency, owners);
        Report.Line($"loading {month.From:yyyy-MM-dd}..{month.To:yyyy-MM-dd}: {layout.Cities} cities, {layout.Counties} counties, {layout.Townships} townships, {layout.Grids} grids of {layout.GridsPerTownship} per township");
        var cpu = new CpuMeter();
        var load = await new ProvinceLoader(options, layout, ids, owners, month).LoadAsync(host, database.ConnectionString);
        Report.Line($"loaded in {load.Elapsed.TotalSeconds:F1} s (of which VACUUM (ANALYZE) {load.Vacuum.TotalSeconds:F1} s); {cpu.Stop().Describe()}");
        Report.Line($"rows: {string.Join(", ", load.Rows.Select(r => $"{r.Key} {r.Value}"))}");
        await ReadBudget.PrintAsync(database.ConnectionString);
        var wrong = 0;
        foreach (var (table, expected) in new[] { ("inspectors", (long)layout.Grids), ("patrols", options.Patrols), ("issues", options.Issues), ("inspector tasks", options.Tasks) })
        {
            // The bench host seeds no demo data, so every row is a loaded one and the counts are exact.
            if (load.Rows[table] != expected)
            {
                Report.Error($"  wrong: {table} has {load.Rows[table]} rows, expected {expected}");
                wrong++;
            }
        }

        await AdminAccount.CreateAsync(host.Services, ids.Cities[0]);
        using var api = new ApiClient(host.ServerAddress, Math.Max(options.UploadConcurrency, options.ScorecardConcurrency) + 2);
        string token;
        using (var login = new HttpClient { BaseAddress = host.ServerAddress })
        {
            token = await AdminAccount.LoginAsync(login);
        }

        var errors = new ErrorLog();
        var run = await new RunPhase(api, token).RunAsync(month);
        ScorecardFigures? scorecards = null;
        if (run.Available)
        {
            Report.Line($"run {run.RunId}: {run.Status} in {run.Seconds:F2} s, {run.Inspectors} inspectors{(run.Error is null ? "" : $", error: {run.Error}")}");
            if (run.Status != "done" || run.Inspectors != layout.Grids)
            {
                Report.Error($"  wrong: the run must be done with {layout.Grids} inspectors (all loaded, no demo data), got {run.Status} with {run.Inspectors}");
                wrong++;
            }
            else
            {
                // Every loaded inspector has an account, so each is told of their result.
                var noticed = await ResultNoticeWait.WaitAsync(database.ConnectionString, layout.Grids);
                Report.Line($"  result notifications: {layout.Grids} written {noticed:F2} s after the run was done (the scorecards are read after that)");
                scorecards = await new ScorecardPhase(api, token, errors).MeasureAsync(run.RunId!, ids.Inspectors, options.WarmupScorecards, options.Scorecards, options.ScorecardConcurrency);
                Report.Line($"scorecards: {scorecards.Answered} of {options.Scorecards} right from {options.ScorecardConcurrency} clients in {scorecards.Elapsed.TotalSeconds:F2} s, p50 {scorecards.Latency.P50Milliseconds:F2} ms, p99 {scorecards.Latency.P99Milliseconds:F2} ms, max {scorecards.Latency.MaxMilliseconds:F1} ms, {scorecards.MeanFacts:F1} facts per scorecard");
                Report.Line($"  {scorecards.Cpu.Describe()}");
            }
        }

        var clients = await SignInUploadersAsync(api, layout, ids);
        Report.Line($"uploads: {clients.Count} inspector accounts signed in; {options.UploadSeconds} s of finished patrols with {PatrolWalk.Points} points each");
        var uploads = await new UploadPhase(api, errors).MeasureAsync(clients, TimeSpan.FromSeconds(options.UploadSeconds), TimeSpan.FromSeconds(3));
        Report.Line($"uploads: {uploads.Created} created in {uploads.Elapsed.TotalSeconds:F2} s = {uploads.PerSecond:F0} per s (worst whole second {uploads.WorstSecond}), p50 {uploads.Latency.P50Milliseconds:F1} ms, p99 {uploads.Latency.P99Milliseconds:F1} ms");
        Report.Line($"  {uploads.Cpu.Describe()}");
        Report.Line($"  {uploads.Cpu.DescribePer(uploads.PerSecond, "upload")}");

        Report.Line($"finished; {MachineLoad.Describe()}");
        foreach (var sample in errors.Samples)
        {
            Report.Error($"  error: {sample}");
        }

        Report.Line($"errors: {errors.Count} unexpected answers, {wrong} wrong results");
        Report.Line($"RESULT inspectors={(run.Available ? run.Inspectors.ToString() : layout.Grids.ToString())} run_s={Figure(run.Available ? run.Seconds : null, "F2")} scorecard_p99_ms={Figure(scorecards?.Latency.P99Milliseconds, "F2")} patrol_uploads_per_s={uploads.PerSecond:F0} errors={errors.Count + wrong}");
        return errors.Count + wrong == 0 ? 0 : 1;
    }

    /// <summary>A figure, or <c>na</c> when its phase could not run (the run API not there yet).</summary>
    private static string Figure(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "na";

    private static async Task<List<UploadClient>> SignInUploadersAsync(ApiClient api, ProvinceLayout layout, ProvinceIds ids)
    {
        var clients = new List<UploadClient>();
        foreach (var inspector in ids.UploadInspectors)
        {
            var userName = ProvinceIds.InspectorUserName(inspector);
            var login = await api.PostAsync(null, "/api/auth/login", ApiClient.ToJson(new { userName, password = AccountLoader.Password }));
            DemoSignIn.Expect(login, 200, $"login as {userName}");
            var (lon, lat) = layout.CellOrigin(inspector);
            clients.Add(new UploadClient(userName, login.Read<LoginResponse>().AccessToken, ids.Grids[inspector], lon, lat,
                lon + ProvinceLayout.CellLon, lat + ProvinceLayout.CellLat));
        }

        return clients;
    }
}
