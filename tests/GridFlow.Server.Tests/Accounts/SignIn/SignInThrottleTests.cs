using GridFlow.Data.Accounts;
using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Server.Tests.Accounts.SignIn;

/// <summary>Failed sign-ins slow down the address they come from, for that user name only; Identity's lockout is a high backstop.</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInThrottleTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Login_AfterFiveFailuresFromOneAddress_ThatAddressWaits_WhileAnotherSignsIn()
    {
        await fixture.CreateAccountAsync("throttle-a");
        var attacker = fixture.ClientFrom("203.0.113.10");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.LoginAsync(attacker, "throttle-a", $"wrong-{i}")).StatusCode);
        }

        var verified = fixture.Verifications.Count;
        var waiting = await AuthCalls.LoginAsync(attacker, "throttle-a", AccountsFixture.Password);

        await ProblemAssert.IsProblemAsync(waiting, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), waiting.Headers.RetryAfter?.Delta);
        Assert.Equal(verified, fixture.Verifications.Count);
        await AuthCalls.SignInAsync(fixture.ClientFrom("198.51.100.20"), "throttle-a");
    }

    [Fact]
    public async Task Login_EachFurtherFailure_DoublesTheWait_AndASuccessEndsTheStreak()
    {
        await fixture.CreateAccountAsync("throttle-b");
        var client = fixture.ClientFrom("203.0.113.11");
        for (var i = 0; i < 5; i++)
        {
            await AuthCalls.LoginAsync(client, "throttle-b", "wrong");
        }

        foreach (var wait in new[] { 1, 2, 4 })
        {
            var refused = await AuthCalls.LoginAsync(client, "throttle-b", "wrong");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(wait), refused.Headers.RetryAfter?.Delta);
            fixture.Clock.Advance(TimeSpan.FromSeconds(wait));
            if (wait < 4)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.LoginAsync(client, "throttle-b", "wrong")).StatusCode);
            }
        }

        await AuthCalls.SignInAsync(client, "throttle-b");
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.LoginAsync(client, "throttle-b", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.LoginAsync(client, "throttle-b", "wrong")).StatusCode);
    }

    [Fact]
    public async Task Login_UnknownUserName_IsThrottledLikeAKnownOne()
    {
        await fixture.CreateAccountAsync("throttle-c");
        var client = fixture.ClientFrom("203.0.113.12");
        for (var i = 0; i < 5; i++)
        {
            await AuthCalls.LoginAsync(client, "throttle-c", "wrong");
            await AuthCalls.LoginAsync(client, "throttle-nobody", "wrong");
        }

        var known = await AuthCalls.LoginAsync(client, "throttle-c", "wrong");
        var unknown = await AuthCalls.LoginAsync(client, "throttle-nobody", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
        Assert.Equal(known.Headers.RetryAfter, unknown.Headers.RetryAfter);
        Assert.Equal(await AuthCalls.ProblemBodyAsync(known), await AuthCalls.ProblemBodyAsync(unknown));
    }

    [Fact]
    public async Task Login_RightPasswordManyTimesFromOneAddress_IsNeverThrottled()
    {
        await fixture.CreateAccountAsync("throttle-d");
        var client = fixture.ClientFrom("203.0.113.13");

        for (var i = 0; i < 12; i++)
        {
            await AuthCalls.SignInAsync(client, "throttle-d");
        }
    }

    [Fact]
    public async Task Login_FailuresFromManyAddresses_TripTheBackstopLockout_WithTheSameAnswer()
    {
        await fixture.CreateAccountAsync("throttle-e");
        HttpResponseMessage? wrong = null;
        for (var i = 0; i < AccountsFixture.BackstopFailures; i++)
        {
            wrong = await AuthCalls.LoginAsync(fixture.ClientFrom($"203.0.113.{100 + i}"), "throttle-e", "wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locked = await AuthCalls.LoginAsync(fixture.ClientFrom("198.51.100.30"), "throttle-e", AccountsFixture.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(await AuthCalls.ProblemBodyAsync(wrong!), await AuthCalls.ProblemBodyAsync(locked));
        await fixture.ChangeAccountAsync("throttle-e", (users, user) => users.SetLockoutEndDateAsync(user, null));
        await AuthCalls.SignInAsync(fixture.ClientFrom("198.51.100.30"), "throttle-e");
    }
}
