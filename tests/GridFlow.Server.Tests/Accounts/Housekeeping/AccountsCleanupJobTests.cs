using GridFlow.Accounts.Housekeeping;
using GridFlow.Server.Tests.Accounts.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Accounts.Housekeeping;

/// <summary>Expired refresh tokens and forgotten failure streaks are deleted; the clock moves days here, so these tests have a host of their own.</summary>
public sealed class AccountsCleanupJobTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task Run_DeletesExpiredRefreshTokensAndForgottenStreaks_AndKeepsTheRest()
    {
        var sql = new TestSql(fixture.ConnectionString);
        await fixture.CreateAccountAsync("cleanup-a");
        await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.60"), "cleanup-old", "wrong");
        await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.60"), "cleanup-a");
        fixture.Clock.Advance(TimeSpan.FromMinutes(61));
        await AuthCalls.LoginAsync(fixture.ClientFrom("192.0.2.61"), "cleanup-recent", "wrong");

        await RunAsync();

        Assert.Equal(0L, await StreaksAsync(sql, "CLEANUP-OLD"));
        Assert.Equal(1L, await StreaksAsync(sql, "CLEANUP-RECENT"));
        Assert.Equal(1L, await TokensAsync(sql, "cleanup-a"));

        fixture.Clock.Advance(TimeSpan.FromDays(14));
        await RunAsync();

        Assert.Equal(0L, await TokensAsync(sql, "cleanup-a"));
    }

    [Fact]
    public async Task Refresh_AfterTheTokensLifetime_IsRefused()
    {
        await fixture.CreateAccountAsync("cleanup-b");
        var tokens = await AuthCalls.SignInAsync(fixture.ClientFrom("192.0.2.62"), "cleanup-b");

        fixture.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthCalls.RefreshAsync(fixture.ClientFrom("192.0.2.62"), tokens.RefreshToken)).StatusCode);
    }

    private async Task RunAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsCleanupJob>().RunAsync(CancellationToken.None);
    }

    private static Task<long> StreaksAsync(TestSql sql, string userName) =>
        sql.ScalarAsync<long>("SELECT count(*) FROM login_failure_streaks WHERE user_name = $1", userName);

    private static Task<long> TokensAsync(TestSql sql, string userName) =>
        sql.ScalarAsync<long>("""SELECT count(*) FROM refresh_tokens t JOIN "AspNetUsers" u ON u.id = t.user_id WHERE u.user_name = $1""", userName);
}
