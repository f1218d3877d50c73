using System.Diagnostics;
using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Benchmarks.Lifecycle;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// Starts the monthly run of the shipped scheme for the loaded month (<c>POST /api/assessment-runs</c>) and polls it
/// every 100 ms until it is done or failed; the time is from the POST to the first answer that says done. A 404 on the
/// POST means the run API is not in this build: the phase says so and the benchmark goes on without it.
/// </summary>
public sealed class RunPhase(ApiClient api, string token)
{
    public const string SchemeId = "inspector-monthly";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public async Task<RunFigures> RunAsync(AssessedMonth month)
    {
        var body = ApiClient.ToJson(new { schemeId = SchemeId, from = month.From.ToString("yyyy-MM-dd"), to = month.To.ToString("yyyy-MM-dd") });
        var started = Stopwatch.GetTimestamp();
        var posted = await api.PostAsync(token, "/api/assessment-runs", body);
        if (posted.Status == 404)
        {
            Report.Line($"run: run API not available (404 from POST /api/assessment-runs); skipping the run and the scorecards");
            return RunFigures.Unavailable;
        }

        if (posted.Status != 202)
        {
            throw new InvalidOperationException($"POST /api/assessment-runs answered {posted.Status}, expected 202: {posted.Text}");
        }

        var id = posted.Read<RunAnswer>().Id;
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            await Task.Delay(100);
            var answer = await api.GetAsync(token, $"/api/assessment-runs/{id}");
            if (answer.Status != 200)
            {
                throw new InvalidOperationException($"GET /api/assessment-runs/{id} answered {answer.Status}: {answer.Text}");
            }

            var run = answer.Read<RunAnswer>();
            if (run.Status is "done" or "failed")
            {
                return new RunFigures(id, run.Status, Stopwatch.GetElapsedTime(started).TotalSeconds, run.Inspectors ?? 0, run.Error);
            }
        }

        return new RunFigures(id, "timed-out", Stopwatch.GetElapsedTime(started).TotalSeconds, 0, $"not done after {Limit.TotalMinutes} minutes");
    }
}
