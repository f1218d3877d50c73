using Microsoft.Extensions.Internal;

namespace GridFlow.Accounts.Sessions;

/// <summary>The memory cache's clock, read from GridFlow's <see cref="TimeProvider"/> so a fake clock moves it too.</summary>
internal sealed class TimeProviderClock(TimeProvider clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
