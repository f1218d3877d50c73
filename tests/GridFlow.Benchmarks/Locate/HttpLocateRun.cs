using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Locate;

/// <summary>
/// Drives <c>GET /api/grids/locate</c> from a fixed number of concurrent workers sharing one pooled
/// client (closed loop: each worker sends its next request when the previous answer arrived).
/// 200 and 404 are the endpoint's normal answers; anything else, or a transport failure, is an error.
/// </summary>
public sealed class HttpLocateRun
{
    private const int MaxErrorSamples = 10;

    private readonly HttpClient client;
    private readonly GridLattice lattice;
    private readonly Probe[] probes;
    private readonly Uri[] uris;

    public HttpLocateRun(HttpClient client, GridLattice lattice, Probe[] probes)
    {
        this.client = client;
        this.lattice = lattice;
        this.probes = probes;
        // Built up front so URL formatting does not eat CPU the server (same two cores) needs while timed.
        uris = probes.Select(p => new Uri(string.Create(
            CultureInfo.InvariantCulture, $"/api/grids/locate?lat={p.Lat:R}&lon={p.Lon:R}"), UriKind.Relative)).ToArray();
    }

    /// <summary>Statuses other than 200/404 and failed requests, with a few examples for the report.</summary>
    public ConcurrentQueue<string> ErrorSamples { get; } = new();

    public async Task<RunResult> RunAsync(int offset, int count, int concurrency)
    {
        var ticks = new long[count];
        var next = -1;
        var wrong = 0L;
        var failures = 0L;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var probe = probes[offset + i];
                var before = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(uris[offset + i], probe);
                ticks[i] = Stopwatch.GetTimestamp() - before;
                if (outcome == Outcome.Wrong)
                {
                    Interlocked.Increment(ref wrong);
                }
                else if (outcome == Outcome.Failed)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new RunResult(count, elapsed, LatencySummary.FromTicks(ticks), wrong, failures);
    }

    private async Task<Outcome> SendAsync(Uri uri, Probe probe)
    {
        try
        {
            using var response = await client.GetAsync(uri);
            var body = await response.Content.ReadAsStringAsync();
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    // The JSON carries the code verbatim (digits and '-' need no escaping).
                    return probe.IsInside && body.Contains($"\"{lattice.GridCode(probe.Grid)}\"", StringComparison.Ordinal)
                        ? Outcome.Right
                        : Outcome.Wrong;
                case HttpStatusCode.NotFound:
                    return probe.IsInside ? Outcome.Wrong : Outcome.Right;
                default:
                    Sample(FormattableString.Invariant($"{(int)response.StatusCode} for {uri}: {Truncate(body)}"));
                    return Outcome.Failed;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Sample(FormattableString.Invariant($"{exception.GetType().Name} for {uri}: {exception.Message}"));
            return Outcome.Failed;
        }
    }

    private void Sample(string error)
    {
        if (ErrorSamples.Count < MaxErrorSamples)
        {
            ErrorSamples.Enqueue(error);
        }
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
