using GridFlow.Scheduling.Jobs;

namespace GridFlow.Assessments.Runs;

/// <summary>The recurring job <c>assessment-annual</c>: on 1 January at 04:00 China time, for the year before.</summary>
public sealed class AnnualRunsJob(ScheduledRuns runs) : IRecurringJob
{
    public const string Name = "assessment-annual";
    public const string DefaultCron = "0 4 1 1 *";

    public Task RunAsync(CancellationToken cancellationToken) => runs.StartAsync(12, cancellationToken);
}
