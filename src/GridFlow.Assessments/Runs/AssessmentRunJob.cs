using Hangfire;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// The Hangfire job that carries out one run on a worker node. Hangfire does not retry it: <see cref="RunExecutor"/>
/// marks a failed run failed itself, and a run interrupted by a shutdown is picked up again by Hangfire's own recovery.
/// </summary>
public sealed class AssessmentRunJob(RunExecutor executor)
{
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(Guid runId, CancellationToken cancellationToken) => executor.ExecuteAsync(runId, cancellationToken);
}
