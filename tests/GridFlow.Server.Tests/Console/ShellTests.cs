using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console;

/// <summary>Each demo account signs in through the page, sees its own navigation and scope, in both languages and widths.</summary>
public sealed class ShellTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, string, bool, bool, bool, bool> Accounts => new()
    {
        // user, whose display name shows, sees the API links, the job dashboard, the designers' pages, the accounts
        { "admin", "admin", true, true, true, true },
        { "designer", "designer", true, false, true, false },
        { "city-supervisor", "聊城市", false, false, false, false },
        { "county-supervisor", "东昌府区", false, false, false, true },
        { "township-officer", "古楼街道", false, false, false, false },
        { "inspector", "371502001-G01", false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task EachDemoAccount_SeesTheNavigationOfItsRoles_AndItsScope(string userName, string scopeText, bool api, bool jobs, bool design, bool people)
    {
        var page = await fixture.NewPageAsync();

        await BrowserAppFixture.SignInAsync(page, userName);

        Assert.Equal(userName, await page.InnerTextAsync("#user-name"));
        Assert.True(await page.IsVisibleAsync("#nav-home"));
        Assert.True(await page.IsVisibleAsync("#nav-account"));
        Assert.Equal(api, await page.IsVisibleAsync("#nav-api"));
        Assert.Equal(jobs, await page.IsVisibleAsync("#nav-hangfire"));
        Assert.Equal(design, await page.IsVisibleAsync("#nav-categories"));
        Assert.Equal(people, await page.IsVisibleAsync("#nav-users"));
        await page.WaitForSelectorAsync("#scope");
        var scope = await page.InnerTextAsync("#scope");
        Assert.Contains(userName is "admin" or "designer" ? "全部区域" : scopeText, scope);

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            await page.GotoAsync($"/culture?name={culture}&returnUrl=/");
            foreach (var tablet in new[] { false, true })
            {
                await page.SetViewportSizeAsync(tablet ? 768 : 1366, tablet ? 1024 : 860);
                await page.ReloadAsync();
                await BrowserAppFixture.WaitForCircuitAsync(page);
                await BrowserAppFixture.ScreenshotAsync(page, $"shell-{userName}-{culture}-{(tablet ? "tablet" : "desktop")}");
            }
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MyAccount_ShowsThePasswordFormAndTheEmailChoices_InBothLanguagesAndWidths()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            await page.GotoAsync($"/culture?name={culture}&returnUrl=/account");
            foreach (var tablet in new[] { false, true })
            {
                await page.SetViewportSizeAsync(tablet ? 768 : 1366, tablet ? 1024 : 860);
                await page.ReloadAsync();
                await BrowserAppFixture.WaitForCircuitAsync(page);
                await page.WaitForSelectorAsync("#pref-task-assigned");
                Assert.True(await page.IsVisibleAsync("#change-password"));
                await BrowserAppFixture.ScreenshotAsync(page, $"account-{culture}-{(tablet ? "tablet" : "desktop")}");
            }
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitch_InTheShell_SticksAcrossAReload()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        Assert.Equal("首页", await page.InnerTextAsync("#nav-home"));

        await page.ClickAsync("#language-menu button");
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("#nav-home:has-text('Home')");
        await page.ReloadAsync();

        Assert.Equal("Home", (await page.InnerTextAsync("#nav-home")).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndADeepLinkGoesToSignIn_ThenBackThere()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "inspector");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "GridFlow.Console");

        await page.ClickAsync(".gf-user-chip");
        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync("**/login");

        // The old cookie, sent again, is dead: its session was revoked, not only the cookie deleted.
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        await page.GotoAsync("/account");
        Assert.EndsWith("/login?returnUrl=%2Faccount", page.Url);

        await BrowserAppFixture.SignInAsync(page, "inspector");
        Assert.EndsWith("/account", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ADeepLink_WithoutASession_GoesToSignIn_AndBackToTheLinkAfterSigningIn()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/account?password=mismatch");
        Assert.EndsWith("/login?returnUrl=%2Faccount%3Fpassword%3Dmismatch", page.Url);
        await BrowserAppFixture.SignInAsync(page, "designer");

        Assert.EndsWith("/account?password=mismatch", page.Url);
        Assert.True(await page.IsVisibleAsync("#password-result"));
        await page.Context.CloseAsync();
    }
}
