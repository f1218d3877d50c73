namespace GridFlow.Server.Tests.Notifications;

/// <summary>Waits for background delivery: polls a condition until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {seconds} s for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, string what, double seconds = 30) =>
        GetAsync<object>(async () => await probe() ? new object() : null, what, seconds);
}
