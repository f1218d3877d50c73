namespace GridFlow.Accounts.SignIn;

/// <summary>A pair's failures in a row and how long it must still wait (zero or less: it may try now).</summary>
public readonly record struct LoginStreak(int Failures, TimeSpan Wait)
{
    public bool MustWait => Wait > TimeSpan.Zero;
}
