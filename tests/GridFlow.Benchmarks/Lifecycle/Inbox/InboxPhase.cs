using System.Diagnostics;
using GridFlow.Benchmarks.Lifecycle.Contracts;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>Times list calls over HTTP from a few concurrent clients, as a township's staff opening their inboxes would.</summary>
public sealed class InboxPhase(ApiClient api, ErrorLog errors)
{
    public async Task<InboxFigures> MeasureAsync(InboxProbe probe, int warmup, int requests, int concurrency)
    {
        var first = await api.GetAsync(probe.User.Token, probe.Uri);
        DemoSignIn.Expect(first, 200, $"GET {probe.Uri} as {probe.User.UserName}");
        var total = first.Read<PageTotal>().Total;
        await ClosedLoop.RunAsync(warmup, concurrency, async _ => Check(probe, await api.GetAsync(probe.User.Token, probe.Uri)));

        var latency = new LatencyLog(requests);
        var answered = 0L;
        var cpu = new CpuMeter();
        var elapsed = await ClosedLoop.RunAsync(requests, concurrency, async _ =>
        {
            var answer = await api.GetAsync(probe.User.Token, probe.Uri);
            latency.Add(answer.Ticks);
            if (Check(probe, answer))
            {
                Interlocked.Increment(ref answered);
            }
        });
        return new InboxFigures(probe, new PhaseFigures(answered, elapsed, latency.Summarise()), total, cpu.Stop());
    }

    /// <summary>
    /// The same call at a steady <paramref name="perSecond"/> (see <see cref="OpenLoop"/>): the latency users see when
    /// the server is busy but not saturated, which a closed loop cannot show (it always saturates two cores).
    /// </summary>
    public async Task<InboxFigures> MeasureAtRateAsync(InboxProbe probe, int requests, double perSecond)
    {
        var latency = new LatencyLog(requests);
        var answered = 0L;
        var cpu = new CpuMeter();
        var elapsed = await OpenLoop.RunAsync(requests, perSecond, async (_, due) =>
        {
            var answer = await api.GetAsync(probe.User.Token, probe.Uri);
            latency.Add(Stopwatch.GetTimestamp() - due);
            if (Check(probe, answer))
            {
                Interlocked.Increment(ref answered);
            }
        });
        return new InboxFigures(probe, new PhaseFigures(answered, elapsed, latency.Summarise()), 0, cpu.Stop());
    }

    private bool Check(InboxProbe probe, ApiAnswer answer)
    {
        if (answer.Status == 200)
        {
            return true;
        }

        errors.Add($"GET {probe.Uri} as {probe.User.UserName}", answer);
        return false;
    }
}
