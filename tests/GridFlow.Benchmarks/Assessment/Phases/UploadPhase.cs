using System.Diagnostics;
using GridFlow.Benchmarks.Lifecycle;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// Finished patrols posted at once (<c>POST /api/patrols</c> with the end and all 100 points) for a fixed time by one
/// client per inspector account, each sending its next upload when the last is answered (a closed loop). 201 is the
/// answer; anything else is an error. Created patrols are counted per second of the phase.
/// </summary>
public sealed class UploadPhase(ApiClient api, ErrorLog errors)
{
    public async Task<UploadFigures> MeasureAsync(IReadOnlyList<UploadClient> clients, TimeSpan duration, TimeSpan warmup)
    {
        await RunAsync(clients, warmup, null, null);
        var seconds = new long[(int)Math.Ceiling(duration.TotalSeconds) + 1];
        var latency = new LatencyLog(2_000_000);
        var cpu = new CpuMeter();
        var elapsed = await RunAsync(clients, duration, seconds, latency);
        var full = (int)Math.Floor(elapsed.TotalSeconds);
        return new UploadFigures(seconds.Sum(), elapsed, full > 0 ? seconds[..full].Min() : seconds[0], latency.Summarise(), cpu.Stop());
    }

    private async Task<TimeSpan> RunAsync(IReadOnlyList<UploadClient> clients, TimeSpan duration, long[]? perSecond, LatencyLog? latency)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var body = PatrolWalk.Body(client, DateTimeOffset.UtcNow - PatrolWalk.Duration);
                var answer = await api.PostAsync(client.Token, "/api/patrols", body);
                latency?.Add(answer.Ticks);
                if (answer.Status == 201)
                {
                    if (perSecond is not null)
                    {
                        var second = (int)Stopwatch.GetElapsedTime(started).TotalSeconds;
                        Interlocked.Increment(ref perSecond[Math.Min(second, perSecond.Length - 1)]);
                    }
                }
                else
                {
                    errors.Add($"POST /api/patrols as {client.UserName}", answer);
                }
            }
        })));
        return Stopwatch.GetElapsedTime(started);
    }
}
