namespace GridFlow.Data.Accounts;

/// <summary>
/// Failed sign-ins in a row from one client address for one user name (known or not), which decide how long that
/// pair must wait before its next attempt. A success or <c>Accounts:LoginFailureMemoryMinutes</c> without a failure
/// ends the streak; the accounts' clean-up deletes forgotten ones.
/// </summary>
public class LoginFailureStreak
{
    /// <summary>The client address (an IPv6 client by its /64 network).</summary>
    public required string ClientAddress { get; set; }

    /// <summary>The user name as Identity normalises it.</summary>
    public required string UserName { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset LastFailedAt { get; set; }
}
