namespace GridFlow.DemoData.Generation;

/// <summary>
/// SplitMix64. Written out rather than <see cref="Random"/> so the demo data stays the same on every
/// runtime and platform: the seeded <see cref="Random"/> algorithm is an implementation detail.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator seeded from a stable (FNV-1a) hash of <paramref name="key"/>, e.g. a division code.</summary>
    public static SeededRandom For(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new SeededRandom(hash);
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min));

    /// <summary>A double in [min, max).</summary>
    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];
}
