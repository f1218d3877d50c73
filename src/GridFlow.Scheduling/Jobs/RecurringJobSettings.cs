namespace GridFlow.Scheduling.Jobs;

/// <summary>The configuration of one recurring job (<c>Scheduling:Jobs:&lt;name&gt;</c>).</summary>
public sealed class RecurringJobSettings
{
    /// <summary>A Hangfire cron expression (five or six fields); null keeps the job's default.</summary>
    public string? Cron { get; set; }

    /// <summary>False removes the job from Hangfire, so it stops running on every node.</summary>
    public bool Enabled { get; set; } = true;
}
