using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console;

/// <summary>The sign-in page's refusals: the API login's own throttle, shown with its wait.</summary>
public sealed class SignInRefusalTests(SignInRefusalTests.ThrottledFixture fixture) : IClassFixture<SignInRefusalTests.ThrottledFixture>
{
    [Fact]
    public async Task WrongPassword_ShowsTheRefusal_AndAfterTheFreeFailures_TheWaitInSeconds()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");

        await Attempt(page);
        Assert.Equal("用户名或密码错误，或该账户当前不能登录。", (await page.InnerTextAsync("#sign-in-error")).Trim());
        await BrowserAppFixture.ScreenshotAsync(page, "sign-in-refused-zh-CN-desktop");

        string message = "";
        for (var attempt = 2; attempt <= 8 && !message.Contains("秒后再试", StringComparison.Ordinal); attempt++)
        {
            await Attempt(page);
            message = (await page.InnerTextAsync("#sign-in-error")).Trim();
        }

        // Five free failures, then the first wait: Accounts:LoginBackoffBaseSeconds, 30 here.
        Assert.Matches(@"请 (2\d|30) 秒后再试", message);
        await BrowserAppFixture.ScreenshotAsync(page, "sign-in-throttled-zh-CN-desktop");

        // Even the right password waits now, as on the API.
        await page.FillAsync("#userName", "city-supervisor");
        await page.FillAsync("#password", BrowserAppFixture.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#sign-in-error");
        Assert.Contains("秒后再试", await page.InnerTextAsync("#sign-in-error"));
        await page.Context.CloseAsync();
    }

    private static async Task Attempt(IPage page)
    {
        await page.FillAsync("#userName", "city-supervisor");
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#sign-in-error");
    }

    public sealed class ThrottledFixture : BrowserAppFixture
    {
        protected override Dictionary<string, string?> Settings => new() { ["Accounts:LoginBackoffBaseSeconds"] = "30" };
    }
}
