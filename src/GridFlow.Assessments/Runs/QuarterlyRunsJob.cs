using GridFlow.Scheduling.Jobs;

namespace GridFlow.Assessments.Runs;

/// <summary>The recurring job <c>assessment-quarterly</c>: on the 1st of each quarter at 03:00 China time, after the month's run, for the quarter before.</summary>
public sealed class QuarterlyRunsJob(ScheduledRuns runs) : IRecurringJob
{
    public const string Name = "assessment-quarterly";
    public const string DefaultCron = "0 3 1 1,4,7,10 *";

    public Task RunAsync(CancellationToken cancellationToken) => runs.StartAsync(3, cancellationToken);
}
