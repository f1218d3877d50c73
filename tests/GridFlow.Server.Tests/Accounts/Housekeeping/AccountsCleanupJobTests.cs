using GridFlow.Accounts.Housekeeping;
using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Accounts.Housekeeping;

/// <summary>
/// Expired refresh tokens and forgotten failure streaks are deleted. The shared host's clock only moves by seconds (the
/// lockout tests read it beside Identity's system-clock lockout ends), so these tests age their own rows instead.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class AccountsCleanupJobTests(AccountsFixture fixture)
{
    private readonly TestSql sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Run_DeletesExpiredRefreshTokensAndForgottenStreaks_AndKeepsTheRest()
    {
        await fixture.CreateAccountAsync("cleanup-a");
        await fixture.CreateAccountAsync("cleanup-b");
        await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.60"), "cleanup-old", "wrong");
        await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.61"), "cleanup-recent", "wrong");
        await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.60"), "cleanup-a");
        await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.60"), "cleanup-b");
        await sql.ExecuteAsync("UPDATE login_failure_streaks SET last_failed_at = $1 WHERE user_name = 'CLEANUP-OLD'", fixture.Clock.GetUtcNow().AddMinutes(-61));
        await AgeTokensAsync("cleanup-a", fixture.Clock.GetUtcNow().AddSeconds(-1));

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountsCleanupJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(0L, await StreaksAsync("CLEANUP-OLD"));
        Assert.Equal(1L, await StreaksAsync("CLEANUP-RECENT"));
        Assert.Equal(0L, await TokensAsync("cleanup-a"));
        Assert.Equal(1L, await TokensAsync("cleanup-b"));
    }

    [Fact]
    public async Task Refresh_AfterTheTokensLifetime_IsRefused()
    {
        await fixture.CreateAccountAsync("cleanup-c");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.62"), "cleanup-c");

        await AgeTokensAsync("cleanup-c", fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.62"), tokens.RefreshToken)).StatusCode);
    }

    private Task AgeTokensAsync(string userName, DateTimeOffset expiresAt) =>
        sql.ExecuteAsync("""UPDATE refresh_tokens t SET expires_at = $1 FROM "AspNetUsers" u WHERE u.id = t.user_id AND u.user_name = $2""", expiresAt, userName);

    private Task<long> StreaksAsync(string userName) =>
        sql.ScalarAsync<long>("SELECT count(*) FROM login_failure_streaks WHERE user_name = $1", userName);

    private Task<long> TokensAsync(string userName) =>
        sql.ScalarAsync<long>("""SELECT count(*) FROM refresh_tokens t JOIN "AspNetUsers" u ON u.id = t.user_id WHERE u.user_name = $1""", userName);
}
