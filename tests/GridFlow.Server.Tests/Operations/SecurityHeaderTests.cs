using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// Every response (pages, API, errors, the job dashboard) says: do not sniff, do not frame, send only the origin as
/// referrer, load nothing from elsewhere; and none names the server. On real Kestrel, since the in-memory test server
/// never writes a <c>Server</c> header and would hide it.
/// </summary>
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private GridFlowApp app = null!;
    private HttpClient anonymous = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        app = new GridFlowApp(await TestDatabases.CreateDemoAsync(), new() { ["Scheduling:Role"] = "api" });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        anonymous = new HttpClient { BaseAddress = address };
        admin = new HttpClient { BaseAddress = address };
        var token = await GridFlowApp.LoginAsync(anonymous, "admin", "GridFlow!2026");
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }

    public async Task DisposeAsync()
    {
        anonymous.Dispose();
        admin.Dispose();
        await app.DisposeAsync();
    }

    [Theory]
    [InlineData("/", false, HttpStatusCode.OK)]
    [InlineData("/api/me", true, HttpStatusCode.OK)]
    [InlineData("/api/me", false, HttpStatusCode.Unauthorized)]
    [InlineData("/api/issues/00000000-0000-0000-0000-000000000001", true, HttpStatusCode.NotFound)]
    [InlineData("/api/grids?page=0", true, HttpStatusCode.BadRequest)]
    [InlineData("/openapi/v1.json", false, HttpStatusCode.OK)]
    [InlineData("/health/ready", false, HttpStatusCode.OK)]
    [InlineData("/scalar", false, HttpStatusCode.OK)]
    [InlineData("/hangfire", true, HttpStatusCode.OK)]
    [InlineData("/hangfire", false, HttpStatusCode.Unauthorized)]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoServerHeader(string path, bool signedIn, HttpStatusCode status)
    {
        var response = await (signedIn ? admin : anonymous).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/api/me", false)]
    [InlineData("/scalar", true)]
    [InlineData("/hangfire", true)]
    public async Task OnlyTheApiReferenceAndTheDashboard_MayRunInlineScripts(string path, bool inline)
    {
        var response = await admin.GetAsync(path);

        var csp = Single(response, "Content-Security-Policy");
        Assert.Equal(inline, csp.Contains("script-src 'self' 'unsafe-inline'"));
        if (!inline)
        {
            Assert.DoesNotContain("script-src", csp);
        }
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
