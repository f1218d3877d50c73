using GridFlow.Server.Tests.Accounts.Support;

namespace GridFlow.Server.Tests.Accounts.SignIn;

/// <summary>A refused sign-in tells nothing about the account: the same body, and the same work, for every reason.</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInAnswerTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Login_UnknownUserWrongPasswordLockedOrDisabledAccount_AllGetTheSameProblemBody()
    {
        await fixture.CreateAccountAsync("answer-known");
        await fixture.CreateAccountAsync("answer-locked");
        await fixture.CreateAccountAsync("answer-disabled");
        await fixture.ChangeAccountAsync("answer-locked", (users, user) => users.SetLockoutEndDateAsync(user, fixture.Clock.GetUtcNow().AddHours(1)));
        await fixture.ChangeAccountAsync("answer-disabled", (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        var answers = new[]
        {
            await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.10"), "answer-nobody", AccountsFixture.Password),
            await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.11"), "answer-known", "wrong"),
            await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.12"), "answer-locked", AccountsFixture.Password),
            await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.13"), "answer-disabled", AccountsFixture.Password),
        };

        foreach (var answer in answers)
        {
            await ProblemAssert.IsProblemAsync(answer, HttpStatusCode.Unauthorized);
        }

        var bodies = await Task.WhenAll(answers.Select(AuthCalls.ProblemBodyAsync));
        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task Login_UnknownUser_VerifiesAPasswordHash_AsAWrongPasswordDoes()
    {
        await fixture.CreateAccountAsync("answer-hash");
        var client = fixture.ClientFrom("192.0.2.20");

        var before = fixture.Verifications.Count;
        await AuthCalls.LoginAsync(client, "answer-hash-nobody", "whatever");
        var forUnknown = fixture.Verifications.Count - before;
        before = fixture.Verifications.Count;
        await AuthCalls.LoginAsync(client, "answer-hash", "wrong");
        var forWrong = fixture.Verifications.Count - before;

        Assert.Equal(1, forUnknown);
        Assert.Equal(forWrong, forUnknown);
    }
}
