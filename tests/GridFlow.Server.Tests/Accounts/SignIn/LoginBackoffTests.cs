using GridFlow.Accounts.Options;
using GridFlow.Accounts.SignIn;

namespace GridFlow.Server.Tests.Accounts.SignIn;

public sealed class LoginBackoffTests
{
    [Fact]
    public void Delay_IsNothingBeforeTheFreeFailures_ThenDoubles_UpToTheMaximum()
    {
        var options = new AccountOptions { LoginFreeFailures = 5, LoginBackoffBaseSeconds = 1, LoginBackoffMaxSeconds = 900 };

        var seconds = Enumerable.Range(1, 16).Select(f => LoginBackoff.Delay(f, options).TotalSeconds).ToList();

        Assert.Equal([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900], seconds);
    }

    [Fact]
    public void Delay_OfAHugeStreak_StaysAtTheMaximum()
    {
        var options = new AccountOptions { LoginFreeFailures = 1, LoginBackoffBaseSeconds = 3600, LoginBackoffMaxSeconds = 86_400 };

        Assert.Equal(TimeSpan.FromDays(1), LoginBackoff.Delay(int.MaxValue, options));
    }
}
