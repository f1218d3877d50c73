using GridFlow.Accounts.Options;

namespace GridFlow.Accounts.SignIn;

/// <summary>
/// How long a pair (address, user name) waits after its last failure: nothing for the first
/// <see cref="AccountOptions.LoginFreeFailures"/> − 1 failures, then the base wait, doubled with every further failure,
/// up to the maximum (1 s, 2 s, 4 s … 900 s by default).
/// </summary>
public static class LoginBackoff
{
    public static TimeSpan Delay(int failures, AccountOptions options)
    {
        if (failures < options.LoginFreeFailures)
        {
            return TimeSpan.Zero;
        }

        // Past 2^30 times the base every setting is at its maximum; the cap on the shift keeps the arithmetic in range.
        var doublings = Math.Min(failures - options.LoginFreeFailures, 30);
        var seconds = Math.Min((long)options.LoginBackoffBaseSeconds << doublings, options.LoginBackoffMaxSeconds);
        return TimeSpan.FromSeconds(seconds);
    }
}
