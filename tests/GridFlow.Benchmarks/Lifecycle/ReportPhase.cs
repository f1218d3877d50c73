using GridFlow.Benchmarks.Lifecycle.Contracts;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary><c>POST /api/issues</c> from many clients: each report locates the grid and starts an instance up to its first task.</summary>
public sealed class ReportPhase(ApiClient api, DemoUser reporter, ReportSite site, ErrorLog errors)
{
    public async Task<ReportedIssues> RunAsync(int count, int concurrency)
    {
        var body = ApiClient.ToJson(new
        {
            category = "dust",
            description = "施工工地裸土未覆盖 (benchmark)",
            lat = site.Lat,
            lon = site.Lon,
            source = "patrol",
        });
        var ids = new string?[count];
        var latency = new LatencyLog(count);
        var reported = 0L;
        var elapsed = await ClosedLoop.RunAsync(count, concurrency, async i =>
        {
            var answer = await api.PostAsync(reporter.Token, "/api/issues", body);
            latency.Add(answer.Ticks);
            if (answer.Status != 201)
            {
                errors.Add("POST /api/issues", answer);
                return;
            }

            ids[i] = answer.Read<ReportAnswer>().Id;
            Interlocked.Increment(ref reported);
        });
        return new ReportedIssues(new PhaseFigures(reported, elapsed, latency.Summarise()), ids);
    }
}
