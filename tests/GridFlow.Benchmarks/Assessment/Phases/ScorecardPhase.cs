using System.Text.Json;
using GridFlow.Benchmarks.Lifecycle;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// <c>GET /api/assessment-runs/{id}/results/{inspectorId}</c> for random loaded inspectors from a few concurrent clients
/// (a closed loop), after an untimed warm-up. A right answer is 200 with a <c>lines</c> array; its facts are counted,
/// since a scorecard's cost is mostly the facts it lists.
/// </summary>
public sealed class ScorecardPhase(ApiClient api, string token, ErrorLog errors)
{
    private const int Seed = 20261203;

    public async Task<ScorecardFigures> MeasureAsync(string runId, IReadOnlyList<Guid> inspectors, int warmup, int count, int concurrency)
    {
        var random = new Random(Seed);
        var picks = Enumerable.Range(0, warmup + count).Select(_ => inspectors[random.Next(inspectors.Count)]).ToArray();
        await ClosedLoop.RunAsync(warmup, concurrency, async i => Check(await api.GetAsync(token, Uri(runId, picks[i])), picks[i]));

        var latency = new LatencyLog(count);
        var answered = 0L;
        var facts = 0L;
        var cpu = new CpuMeter();
        var elapsed = await ClosedLoop.RunAsync(count, concurrency, async i =>
        {
            var answer = await api.GetAsync(token, Uri(runId, picks[warmup + i]));
            latency.Add(answer.Ticks);
            if (Check(answer, picks[warmup + i]) is { } n)
            {
                Interlocked.Increment(ref answered);
                Interlocked.Add(ref facts, n);
            }
        });
        return new ScorecardFigures(answered, elapsed, latency.Summarise(), answered > 0 ? (double)facts / answered : 0, cpu.Stop());
    }

    private static string Uri(string runId, Guid inspector) => $"/api/assessment-runs/{runId}/results/{inspector}";

    /// <summary>The number of facts on a right answer; null (and an error) otherwise.</summary>
    private long? Check(ApiAnswer answer, Guid inspector)
    {
        if (answer.Status == 200)
        {
            try
            {
                using var document = JsonDocument.Parse(answer.Body);
                if (document.RootElement.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array)
                {
                    return lines.EnumerateArray().Sum(l => l.TryGetProperty("facts", out var f) && f.ValueKind == JsonValueKind.Array ? f.GetArrayLength() : 0);
                }
            }
            catch (JsonException)
            {
            }
        }

        errors.Add($"GET scorecard of {inspector}", answer);
        return null;
    }
}
