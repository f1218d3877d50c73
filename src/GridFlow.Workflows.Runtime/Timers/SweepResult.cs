namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>What one sweep did: timers claimed, fired, cancelled (task no longer open), and skipped (instance busy).</summary>
public sealed record SweepResult(int Claimed, int Fired, int Cancelled, int Skipped, TimeSpan MaxLateness)
{
    public static SweepResult Empty { get; } = new(0, 0, 0, 0, TimeSpan.Zero);
}
