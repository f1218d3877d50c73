using System.Diagnostics;
using System.Net;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// GETs a console page's server-rendered HTML (the prerender: the page's data read and rendered on the server) as a
/// signed-in cookie user, one request at a time, and times each until the last byte. A redirect (to sign-in, or away
/// from a page the user may not open) or any status but 200 stops the run: it would time the wrong thing.
/// </summary>
public sealed class PageTimer(Uri address, string cookies) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<PageFigures> TimeAsync(string page, int warmup, int requests)
    {
        var bytes = 0;
        for (var i = 0; i < warmup; i++)
        {
            bytes = await GetAsync(page);
        }

        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bytes = await GetAsync(page);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return PageFigures.Of(page, times, bytes);
    }

    private async Task<int> GetAsync(string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", cookies);
        request.Headers.Add("Accept", "text/html");
        request.Headers.Add("Accept-Language", "zh-CN");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {page} answered {(int)response.StatusCode} {response.Headers.Location}: the page must render for the signed-in user");
        }

        return body.Length;
    }

    public void Dispose() => client.Dispose();
}
