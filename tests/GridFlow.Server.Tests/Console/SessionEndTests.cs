namespace GridFlow.Server.Tests.Console;

/// <summary>
/// A console session is an Accounts session: a new password set by an admin ends it, and a page left open notices
/// within Console:RevalidateSeconds, goes to the sign-in page and comes back to where it was.
/// </summary>
public sealed class SessionEndTests(SessionEndTests.QuickCheckFixture fixture) : IClassFixture<SessionEndTests.QuickCheckFixture>
{
    private const string NewPassword = "Gf-New!2027";

    [Fact]
    public async Task ANewPasswordSetByAnAdmin_SendsTheOpenPageToSignIn_AndBackAfterSigningIn()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "township-officer");
        await page.GotoAsync("/account");
        await BrowserAppFixture.WaitForCircuitAsync(page);
        var me = await (await fixture.App.ClientForAsync("township-officer")).GetFromJsonAsync<JsonElement>("/api/me");
        var admin = await fixture.App.ClientForAsync("admin");

        var set = await admin.PostAsJsonAsync($"/api/users/{me.GetProperty("id").GetString()}/password", new { password = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);

        await page.WaitForURLAsync("**/login?returnUrl=%2Faccount");
        await BrowserAppFixture.SignInAsync(page, "township-officer", NewPassword);
        Assert.EndsWith("/account", page.Url);
        await page.Context.CloseAsync();
    }

    public sealed class QuickCheckFixture : BrowserAppFixture
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Accounts:SessionCheckSeconds"] = "0",
            ["Console:RevalidateSeconds"] = "1",
        };
    }
}
