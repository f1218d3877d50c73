using GridFlow.Accounts.Security;
using GridFlow.Data.Accounts;
using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GridFlow.Server.Tests.Accounts.Sessions;

/// <summary>An access token stops working as soon as its account is locked or disabled (the host reads sessions on every request).</summary>
[Collection(AccountsCollection.Name)]
public sealed class SessionCheckTests(AccountsFixture fixture)
{
    [Fact]
    public async Task AccessToken_OfALockedAccount_Is401_AndWorksAgainWhenTheLockIsLifted()
    {
        await fixture.CreateAccountAsync("check-a");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.50"), "check-a");
        var client = fixture.ClientWith(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);

        await fixture.ChangeAccountAsync("check-a", (users, user) => users.SetLockoutEndDateAsync(user, fixture.Clock.GetUtcNow().AddMinutes(30)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.50"), tokens.RefreshToken)).StatusCode);
        await fixture.ChangeAccountAsync("check-a", (users, user) => users.SetLockoutEndDateAsync(user, null));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        await AuthCalls.RefreshedAsync(fixture.ClientFrom("192.0.2.50"), tokens.RefreshToken);
    }

    [Fact]
    public async Task AccessToken_OfADisabledAccount_Is401_AndSoAreItsRefreshAndSignIn()
    {
        await fixture.CreateAccountAsync("check-b");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.51"), "check-b");

        await fixture.ChangeAccountAsync("check-b", (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(tokens.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(tokens.AccessToken).GetAsync("/api/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.51"), tokens.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.51"), "check-b", AccountsFixture.Password)).StatusCode);
    }

    /// <summary>A token as Identity's handler signed users in before sessions (no <c>sid</c>) is no longer accepted.</summary>
    [Fact]
    public async Task AccessToken_WithoutASession_Is401()
    {
        await fixture.CreateAccountAsync("check-c");
        string token;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<GridFlowUser>>();
            var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
            var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync("check-c"))!);
            Assert.Null(principal.FindFirst(GridFlowClaimTypes.SessionId));
            var properties = new AuthenticationProperties { ExpiresUtc = fixture.Clock.GetUtcNow().AddMinutes(30) };
            token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientWith(token).GetAsync("/api/me")).StatusCode);
    }
}
