using System.ComponentModel.DataAnnotations;
using GridFlow.Scheduling.Jobs;

namespace GridFlow.Scheduling.Options;

/// <summary>Background processing settings (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public SchedulingRole Role { get; set; } = SchedulingRole.All;

    /// <summary>Hangfire worker threads on this node.</summary>
    [Range(1, 200)]
    public int WorkerCount { get; set; } = 5;

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

    /// <summary>Recurring jobs by name: cron and enabled flag.</summary>
    public Dictionary<string, RecurringJobSettings> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Required]
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>True when this node runs the Hangfire server and the timer sweeper.</summary>
    public bool RunsWorkers => Role != SchedulingRole.Api;
}
