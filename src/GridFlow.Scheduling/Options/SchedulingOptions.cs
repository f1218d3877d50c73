using System.ComponentModel.DataAnnotations;
using GridFlow.Scheduling.Jobs;

namespace GridFlow.Scheduling.Options;

/// <summary>Background work on this node: its role, Hangfire's workers and the recurring jobs (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public SchedulingRole Role { get; set; } = SchedulingRole.All;

    /// <summary>Hangfire worker threads on this node.</summary>
    [Range(1, 200)]
    public int WorkerCount { get; set; } = 5;

    /// <summary>
    /// How often an idle worker looks for an enqueued job, in seconds. Hangfire's default is 15; an assessment run asked for
    /// from the console should start within a moment, and the look is one small indexed query.
    /// </summary>
    [Range(1, 60)]
    public int QueuePollSeconds { get; set; } = 1;

    /// <summary>Recurring jobs by name: cron and enabled flag.</summary>
    public Dictionary<string, RecurringJobSettings> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
