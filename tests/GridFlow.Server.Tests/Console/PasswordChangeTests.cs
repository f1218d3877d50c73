namespace GridFlow.Server.Tests.Console;

/// <summary>
/// "My account" changes the password through the Accounts module: the form's refusals, then the change, after which the
/// user is still signed in (a new session) and the API takes the new password.
/// </summary>
public sealed class PasswordChangeTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private const string NewPassword = "Gf-New!2027";

    [Fact]
    public async Task MyAccount_ChangesThePassword_AndStaysSignedIn()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "county-supervisor");
        await page.GotoAsync("/account");
        await BrowserAppFixture.WaitForCircuitAsync(page);

        await page.FillAsync("#current", BrowserAppFixture.Password);
        await page.FillAsync("#new-password", NewPassword);
        await page.FillAsync("#confirm", NewPassword + "x");
        await page.ClickAsync("#change-password");
        await page.WaitForURLAsync("**/account?password=mismatch");
        Assert.Contains("不一致", await page.InnerTextAsync("#password-result"));
        // The circuit renders the page afresh when it comes up: what was typed before would be gone.
        await BrowserAppFixture.WaitForCircuitAsync(page);

        await page.FillAsync("#current", BrowserAppFixture.Password);
        await page.FillAsync("#new-password", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("#change-password");
        await page.WaitForURLAsync(url => !url.EndsWith("password=mismatch", StringComparison.Ordinal));
        Assert.EndsWith("/account?password=changed", page.Url);
        await BrowserAppFixture.WaitForCircuitAsync(page);
        Assert.Contains("密码已修改", await page.InnerTextAsync("#password-result"));
        await BrowserAppFixture.ScreenshotAsync(page, "account-password-changed-zh-CN-desktop");

        using var client = fixture.App.CreateClient();
        await GridFlowApp.LoginAsync(client, "county-supervisor", NewPassword);
        await page.Context.CloseAsync();
    }
}
