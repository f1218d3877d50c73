using System.Collections.Concurrent;

namespace GridFlow.ServiceDefaults.Caching;

/// <summary>
/// Values that expire after a time to live. A fresh hit is a dictionary read and no allocation; when an entry is
/// missing or stale, one caller loads it and concurrent callers await that same load instead of each hitting the
/// database. <see cref="Clear"/> makes every later read load again, so a node sees its own writes at once.
/// </summary>
public sealed class TtlCache<TKey, TValue>(TimeProvider clock, Func<TimeSpan> timeToLive)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();

    public void Clear() => entries.Clear();

    public ValueTask<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> load, CancellationToken cancellationToken)
    {
        while (true)
        {
            var existing = entries.TryGetValue(key, out var found) ? found : null;
            if (existing is not null && IsUsable(existing))
            {
                var task = existing.Load.Value;
                return task.IsCompletedSuccessfully ? ValueTask.FromResult(task.Result) : new ValueTask<TValue>(task.WaitAsync(cancellationToken));
            }

            // The load runs without the caller's token: other callers share it, and one caller giving up must not fail them.
            var mine = new Entry(clock.GetTimestamp(), new Lazy<Task<TValue>>(() => load(key)));
            var installed = existing is null ? entries.TryAdd(key, mine) : entries.TryUpdate(key, mine, existing);
            if (installed)
            {
                return new ValueTask<TValue>(mine.Load.Value.WaitAsync(cancellationToken));
            }
        }
    }

    private bool IsUsable(Entry entry)
    {
        if (entry.Load.IsValueCreated && entry.Load.Value is { IsFaulted: true } or { IsCanceled: true })
        {
            return false;
        }

        return clock.GetElapsedTime(entry.LoadedAt) < timeToLive();
    }

    /// <summary>A class, not a record: TryUpdate must compare entries by reference.</summary>
    private sealed class Entry(long loadedAt, Lazy<Task<TValue>> load)
    {
        public long LoadedAt { get; } = loadedAt;

        public Lazy<Task<TValue>> Load { get; } = load;
    }
}
