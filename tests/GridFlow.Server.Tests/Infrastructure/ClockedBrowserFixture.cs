using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// A <see cref="BrowserAppFixture"/> whose host runs on a clock the test moves forward (never back), so deadlines pass
/// and escalations are raised while a browser looks on. It starts at the real present, so the cookies a sign-in sets
/// after a jump still lie in the browser's future.
/// </summary>
public sealed class ClockedBrowserFixture : BrowserAppFixture
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Moves the clock to <paramref name="at"/> when that is later than now.</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }
    }

    /// <summary>A client signed in now (tokens follow the moved clock, so none is kept across a jump).</summary>
    public async Task<HttpClient> FreshClientAsync(string userName)
    {
        var client = App.CreateClient();
        var token = await GridFlowApp.LoginAsync(client, userName, Password);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
