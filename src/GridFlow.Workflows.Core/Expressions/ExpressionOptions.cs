namespace GridFlow.Workflows.Core.Expressions;

/// <summary>Limits of the JavaScript sandbox that runs a definition's expressions.</summary>
public sealed record ExpressionOptions
{
    /// <summary>Longest time one evaluation may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most bytes one evaluation may allocate.</summary>
    public long MemoryLimitBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest call nesting.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Most statements one evaluation may execute.</summary>
    public int MaxStatements { get; init; } = 10_000;

    /// <summary>Most distinct expression texts whose parsed form is kept.</summary>
    public int CacheSize { get; init; } = 4_096;
}
