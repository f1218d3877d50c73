using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// One pooled HTTP client for all demo users: the bearer token goes on each request rather than on a client per
/// user, so the connection pool (one connection per worker) is shared and no worker waits for another's socket.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private readonly SocketsHttpHandler handler;
    private readonly HttpClient client;

    public ApiClient(Uri baseAddress, int connections)
    {
        handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Serialises once, so a body sent thousands of times costs the client nothing per request.</summary>
    public static byte[] ToJson(object body) => JsonSerializer.SerializeToUtf8Bytes(body, Json);

    public static HttpContent JsonBody(byte[] utf8) => new ByteArrayContent(utf8) { Headers = { ContentType = JsonType } };

    public Task<ApiAnswer> GetAsync(string? token, string uri) => SendAsync(token, HttpMethod.Get, uri, null);

    public Task<ApiAnswer> PostAsync(string? token, string uri, byte[] json) => SendAsync(token, HttpMethod.Post, uri, JsonBody(json));

    /// <summary>Timed from sending to the last byte of the body; a transport failure is status 0 with the message as body.</summary>
    public async Task<ApiAnswer> SendAsync(string? token, HttpMethod method, string uri, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var before = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return new ApiAnswer((int)response.StatusCode, body, Stopwatch.GetTimestamp() - before);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            var message = $"{exception.GetType().Name}: {exception.Message}";
            return new ApiAnswer(0, Encoding.UTF8.GetBytes(message), Stopwatch.GetTimestamp() - before);
        }
    }

    public void Dispose()
    {
        client.Dispose();
        handler.Dispose();
    }
}
