namespace GridFlow.Notifications.Delivery;

/// <summary>Retry delays: the base after the first failure, doubling each time, capped.</summary>
public static class Backoff
{
    /// <param name="attempts">Failures so far, counting the one just happened (1 or more).</param>
    /// <param name="baseSeconds">The delay after the first failure.</param>
    /// <param name="maxSeconds">The longest delay.</param>
    public static TimeSpan Delay(int attempts, double baseSeconds, double maxSeconds)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        return TimeSpan.FromSeconds(Math.Min(maxSeconds, baseSeconds * Math.Pow(2, exponent)));
    }
}
