using GridFlow.Accounts.Options;
using GridFlow.Accounts.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace GridFlow.Server.Tests.Accounts.Sessions;

public sealed class SessionStatesTests
{
    private static readonly SessionState Active = new("user", true, null, "stamp", true);

    [Fact]
    public async Task GetAsync_ReadsASessionOncePerWindow()
    {
        var clock = new FakeTimeProvider();
        using var states = new SessionStates(clock, Microsoft.Extensions.Options.Options.Create(new AccountOptions { SessionCheckSeconds = 5 }));
        var loads = 0;
        var session = Guid.NewGuid();
        Task<SessionState?> Load() { loads++; return Task.FromResult<SessionState?>(Active); }

        await states.GetAsync(session, Load);
        clock.Advance(TimeSpan.FromSeconds(4));
        await states.GetAsync(session, Load);
        Assert.Equal(1, loads);

        clock.Advance(TimeSpan.FromSeconds(2));
        await states.GetAsync(session, Load);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task GetAsync_WithNoWindow_ReadsEveryTime_AndForgetReadsAgain()
    {
        var clock = new FakeTimeProvider();
        using var uncached = new SessionStates(clock, Microsoft.Extensions.Options.Options.Create(new AccountOptions { SessionCheckSeconds = 0 }));
        using var cached = new SessionStates(clock, Microsoft.Extensions.Options.Options.Create(new AccountOptions { SessionCheckSeconds = 60 }));
        var loads = 0;
        var session = Guid.NewGuid();
        Task<SessionState?> Load() { loads++; return Task.FromResult<SessionState?>(Active); }

        await uncached.GetAsync(session, Load);
        await uncached.GetAsync(session, Load);
        await cached.GetAsync(session, Load);
        cached.Forget(session);
        await cached.GetAsync(session, Load);

        Assert.Equal(4, loads);
    }

    [Fact]
    public async Task GetAsync_BeyondItsCapacity_KeepsNoMoreSessions()
    {
        var clock = new FakeTimeProvider();
        using var states = new SessionStates(clock, Microsoft.Extensions.Options.Options.Create(new AccountOptions { SessionCheckSeconds = 60, SessionCacheEntries = 2 }));
        var loads = 0;
        Task<SessionState?> Load() { loads++; return Task.FromResult<SessionState?>(Active); }
        var sessions = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();

        foreach (var session in sessions)
        {
            await states.GetAsync(session, Load);
        }

        await states.GetAsync(sessions[2], Load);

        Assert.Equal(4, loads);
    }
}
