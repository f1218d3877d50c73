namespace GridFlow.Scheduling.Jobs;

/// <summary>
/// A job Hangfire runs on a cron schedule. Register it with
/// <see cref="RecurringJobServiceCollectionExtensions.AddRecurringJob{TJob}"/>; its cron and whether it runs come
/// from configuration (<c>Scheduling:Jobs:&lt;name&gt;:Cron</c> and <c>:Enabled</c>). The job is resolved from
/// dependency injection (scoped) on whichever worker node Hangfire picks, so it must be safe to run anywhere
/// and, because Hangfire retries failures, safe to run twice.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Runs the job once. The token is signalled when the node shuts down.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
