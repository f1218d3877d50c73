using GridFlow.Workflows.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// Waits for a host's timer sweeper instead of sleeping: "nothing happened" is asserted once a sweep that saw the
/// clock's present has completed, so every timer due by then that the host could claim has had its chance to fire.
/// </summary>
public static class Sweeps
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Returns once the host's sweeper has completed a sweep whose "now" is at or after <paramref name="upTo"/>.</summary>
    public static async Task CompletedAsync(IServiceProvider services, DateTimeOffset upTo)
    {
        var sweep = services.GetRequiredService<TimerSweep>();
        var started = DateTime.UtcNow;
        while (sweep.SweptUpTo < upTo)
        {
            Assert.True(DateTime.UtcNow - started < Timeout, $"No sweep completed up to {upTo:O} within {Timeout.TotalSeconds} s (last: {sweep.SweptUpTo:O}).");
            await Task.Delay(10);
        }
    }
}
