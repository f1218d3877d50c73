namespace GridFlow.Workflows.Runtime.Options;

/// <summary>The timer sweep and the clean-up of what timers leave behind (section <c>Timers</c>).</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>Pause between two sweeps of due timers when the last one was not full.</summary>
    [Range(10, 60_000)]
    public int SweepIntervalMilliseconds { get; set; } = 250;

    /// <summary>Most timers one sweep claims and fires in one transaction.</summary>
    [Range(1, 50_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long a claim on a timer row lasts. Claims are row locks of the sweep's transaction, so a dead node's
    /// claims end when PostgreSQL drops its connection; this bounds a stuck transaction (statement timeout).
    /// </summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    [Required]
    public RetentionOptions Retention { get; set; } = new();
}
