namespace GridFlow.Scheduling.Jobs;

/// <summary>
/// A recurring job as registered in code: its name (the Hangfire recurring-job id and the configuration key
/// under <c>Scheduling:Jobs</c>), the job type, the cron used when configuration gives none, and the zone the cron is read in (UTC when none).
/// </summary>
public sealed record RecurringJobDefinition(string Name, Type JobType, string? DefaultCron, TimeZoneInfo? TimeZone = null);
