using GridFlow.Accounts.Options;
using Microsoft.Extensions.Caching.Memory;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// What this node last read of each session, for <see cref="AccountOptions.SessionCheckSeconds"/>, so that a signed-in
/// client's requests do not each cost a round trip. Bounded: at most <see cref="AccountOptions.SessionCacheEntries"/>
/// sessions are kept (beyond that a session is read on every request until the cache compacts), and each entry
/// expires. Only sessions of valid access tokens get here, so the key space is not the caller's to choose.
/// </summary>
public sealed class SessionStates : IDisposable
{
    private readonly MemoryCache cache;
    private readonly IOptions<AccountOptions> options;

    public SessionStates(TimeProvider clock, IOptions<AccountOptions> options)
    {
        this.options = options;
        cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.Value.SessionCacheEntries,
            Clock = new TimeProviderClock(clock),
        });
    }

    public async ValueTask<SessionState?> GetAsync(Guid sessionId, Func<Task<SessionState?>> load)
    {
        var seconds = options.Value.SessionCheckSeconds;
        if (seconds == 0)
        {
            return await load();
        }

        if (cache.TryGetValue(sessionId, out SessionState? known))
        {
            return known;
        }

        var state = await load();
        cache.Set(sessionId, state, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return state;
    }

    /// <summary>Forgets a session, so this node reads it again at its next request (after a logout or revocation here).</summary>
    public void Forget(Guid sessionId) => cache.Remove(sessionId);

    public void Dispose() => cache.Dispose();
}
