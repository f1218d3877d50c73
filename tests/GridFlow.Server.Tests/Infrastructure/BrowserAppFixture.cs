using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// GridFlow on a real Kestrel port (a browser cannot reach the in-memory test server) against its own copy of the demo
/// database, and one headless Debian Chromium driven by Playwright, shared by the tests of one class. Each test opens
/// pages in a context of its own (its own cookies), at a desktop or a tablet width, in zh-CN or English.
/// </summary>
public class BrowserAppFixture : IAsyncLifetime
{
    public const string Password = "GridFlow!2026";

    private static readonly string[] ChromiumArgs =
    [
        // As the machine's probe found: without these, Chromium's own background connections are refused by the
        // closed network, many at a time. --no-sandbox because CI runs as root.
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Messages = [];

    private GridFlowApp? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public GridFlowApp App => app ?? throw new InvalidOperationException("The fixture is not initialised.");

    public Uri Address { get; private set; } = null!;

    /// <summary>Extra settings for the host, for fixtures that need them.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    /// <summary>Replaces services of the host (a clock the test moves), for fixtures that need it.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        app = new GridFlowApp(await TestDatabases.CreateDemoAsync(), Settings, ConfigureServices);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPaths.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new page with cookies of its own. Tablet is 768 px wide (portrait), desktop 1366.</summary>
    public async Task<IPage> NewPageAsync(bool tablet = false)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = tablet ? new ViewportSize { Width = 768, Height = 1024 } : new ViewportSize { Width = 1366, Height = 860 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        // How long a step may wait, not a speed target (those are in ./gridflow bench console): in a full run on two cores
        // a circuit's in-page navigation was seen to take over 15 s to reach the browser while it passed alone in 1 s.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var messages = Messages.GetOrCreateValue(page);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { lock (messages) { messages.Add($"{message.Type}: {message.Text}"); } } };
        page.PageError += (_, error) => { lock (messages) { messages.Add($"page error: {error}"); } };
        return page;
    }

    /// <summary>Signs in on the sign-in page (going there first unless the page is already on it) and waits for the shell.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = Password)
    {
        if (!page.Url.Contains("/login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/login");
        }

        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        // Attached, not visible: at a tablet width the navigation is folded away.
        await page.WaitForSelectorAsync("#nav", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await WaitForCircuitAsync(page);
    }

    /// <summary>Waits until the page's circuit is up (Blazor has attached and rendered interactively).</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        try
        {
            // The bell marks itself once it renders in the circuit (not while prerendering).
            await page.WaitForSelectorAsync("#bell-count[data-interactive='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException timeout)
        {
            await ScreenshotAsync(page, "failed-" + Guid.NewGuid().ToString("N")[..8]);
            throw new TimeoutException($"The circuit of {page.Url} did not come up. Browser console: {string.Join(" | ", BrowserMessages(page))}", timeout);
        }
    }

    /// <summary>What the page's console said (errors and warnings), for failure messages.</summary>
    public static IReadOnlyList<string> BrowserMessages(IPage page)
    {
        var messages = Messages.GetOrCreateValue(page);
        lock (messages)
        {
            return [.. messages];
        }
    }

    /// <summary>Saves a full-page screenshot under <c>.gridflow/screenshots/</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
