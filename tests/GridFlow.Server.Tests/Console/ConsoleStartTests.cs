using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console;

/// <summary>The console's start and sign-in pages, signed out, in both languages and at both widths.</summary>
public sealed class ConsoleStartTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignInPage_IsChineseByDefault_AndEnglishAfterTheSwitch_WhichSticksAcrossAReload(bool tablet)
    {
        var page = await fixture.NewPageAsync(tablet);
        var width = tablet ? "tablet" : "desktop";

        await page.GotoAsync("/login");
        Assert.Equal("登录", await page.InnerTextAsync("h5"));
        await BrowserAppFixture.ScreenshotAsync(page, $"sign-in-zh-CN-{width}");

        await page.ClickAsync("#lang-en");
        // The switch goes through /culture and back to /login; waiting for "**/login" could match the page it left.
        await Microsoft.Playwright.Assertions.Expect(page.Locator("h5")).ToHaveTextAsync("Sign in");
        Assert.EndsWith("/login", page.Url);
        await page.ReloadAsync();
        Assert.Equal("Sign in", await page.InnerTextAsync("h5"));
        await BrowserAppFixture.ScreenshotAsync(page, $"sign-in-en-{width}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StartPage_SignedOut_OffersTheSignIn_AndKeepsTheOperatorsLinks()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.True(await page.IsVisibleAsync("#start-sign-in"));
        Assert.Equal("/scalar", await page.GetAttributeAsync("#footer-scalar", "href"));
        await BrowserAppFixture.ScreenshotAsync(page, "start-zh-CN-desktop");
        await page.Context.CloseAsync();
    }
}
