namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// The smallest valid PNG (1×1, one grey pixel). The server checks uploads by content, so the evidence
/// photo must be a real image; uploading it once per user and reusing the id keeps uploads out of the timing.
/// </summary>
public static class OnePixelPng
{
    public static ReadOnlyMemory<byte> Bytes { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
}
