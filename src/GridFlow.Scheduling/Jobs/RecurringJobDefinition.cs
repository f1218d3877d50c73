namespace GridFlow.Scheduling.Jobs;

/// <summary>
/// A recurring job as registered in code: its name (the Hangfire recurring-job id and the configuration key
/// under <c>Scheduling:Jobs</c>), the job type, and the cron used when configuration gives none.
/// </summary>
public sealed record RecurringJobDefinition(string Name, Type JobType, string? DefaultCron);
