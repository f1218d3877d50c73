using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// The request log says what the client got: a bad body answered 400 is logged as a 400 at Information, not as
/// "responded 500" at Error (the log used to sit inside the exception handler and see the exception, not the answer).
/// </summary>
public sealed class RequestLogTests : IAsyncLifetime
{
    private readonly Capture capture = new();
    private GridFlowApp app = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host = null!;

    public async Task InitializeAsync()
    {
        app = new GridFlowApp(await TestDatabases.CreateDemoAsync(), new() { ["Scheduling:Role"] = "api", ["Serilog:MinimumLevel:Default"] = "Information" });
        host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(capture)));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await app.DisposeAsync();
    }

    [Theory]
    [InlineData("POST", "/api/grids", "{\"code\": \"X\", ", 400)]
    [InlineData("POST", "/api/grids", "{\"code\": 7}", 400)]
    [InlineData("POST", "/api/issues", "[]", 400)]
    [InlineData("GET", "/api/grids/00000000-0000-0000-0000-000000000001", null, 404)]
    public async Task ARefusedRequest_IsLoggedWithTheStatusTheClientGot_BelowError(string method, string path, string? body, int status)
    {
        var client = host.CreateClient();
        var token = await GridFlowApp.LoginAsync(client, "admin", "GridFlow!2026");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        var logged = await capture.RequestAsync(method, path);
        Assert.Equal(status, int.Parse(logged.Properties["StatusCode"].ToString()));
        Assert.True(logged.Level < LogEventLevel.Error, $"logged at {logged.Level}");
    }

    /// <summary>The host's log events, kept in memory (the host reads sinks from its services).</summary>
    private sealed class Capture : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        /// <summary>The request-log event of the last such request (written as the response completes, so it is waited for).</summary>
        public async Task<LogEvent> RequestAsync(string method, string path)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var found = events.LastOrDefault(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                    && e.Properties.TryGetValue("RequestMethod", out var m) && m.ToString() == $"\"{method}\""
                    && e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"");
                if (found is not null)
                {
                    return found;
                }

                await Task.Delay(20);
            }

            throw new Xunit.Sdk.XunitException($"No request-log event for {method} {path}.");
        }
    }
}
