using GridFlow.Scheduling.Jobs;

namespace GridFlow.Assessments.Runs;

/// <summary>The recurring job <c>assessment-monthly</c>: every 1st at 02:00 China time, for the month before.</summary>
public sealed class MonthlyRunsJob(ScheduledRuns runs) : IRecurringJob
{
    public const string Name = "assessment-monthly";
    public const string DefaultCron = "0 2 1 * *";

    public Task RunAsync(CancellationToken cancellationToken) => runs.StartAsync(1, cancellationToken);
}
