using Microsoft.Playwright;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// Debian's Chromium driven by Playwright .NET, launched by path as the console's browser tests do
/// (<c>GRIDFLOW_CHROMIUM</c>, else /usr/bin/chromium); Playwright's own browser download is never used.
/// </summary>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    public static async Task<ConsoleBrowser> LaunchAsync()
    {
        var path = new[] { Environment.GetEnvironmentVariable("GRIDFLOW_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("Chromium was not found: install Debian's chromium (./gridflow bench console does when root) or set GRIDFLOW_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Args });
        return new ConsoleBrowser(playwright, browser);
    }

    /// <summary>A page of a fresh context (its own cache and cookies), signed in through the sign-in page as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignedInPageAsync(Uri address, string userName, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#bell-count[data-interactive='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>The page's cookies as a <c>Cookie</c> header, for plain HTTP requests as the same signed-in user.</summary>
    public static async Task<string> CookieHeaderAsync(IPage page) =>
        string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
