namespace GridFlow.Workflows.Runtime.Options;

/// <summary>Engine limits (section <c>Runtime</c>).</summary>
public sealed class RuntimeOptions
{
    public const string Section = "Runtime";

    /// <summary>Longest an expression may run before it is stopped and an incident recorded.</summary>
    [Range(1, 10_000)]
    public int ExpressionTimeoutMilliseconds { get; set; } = 200;

    [Range(64 * 1024, 512L * 1024 * 1024)]
    public long ExpressionMemoryLimitBytes { get; set; } = 4 * 1024 * 1024;

    [Range(1, 10_000)]
    public int ExpressionRecursionLimit { get; set; } = 64;

    [Range(10, 10_000_000)]
    public int ExpressionMaxStatements { get; set; } = 10_000;

    /// <summary>Automatic activities one stimulus may run before the engine calls it a runaway.</summary>
    [Range(10, 100_000)]
    public int MaxStepsPerStimulus { get; set; } = 1_000;
}
