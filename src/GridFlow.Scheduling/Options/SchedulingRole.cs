namespace GridFlow.Scheduling.Options;

/// <summary>What a node does: serve the API, run background work, or both (the default for one machine).</summary>
public enum SchedulingRole
{
    /// <summary>API and background work: the Hangfire server and the timer sweeper run here.</summary>
    All,

    /// <summary>API only: no Hangfire server, no sweeper (jobs are still enqueued into the shared storage).</summary>
    Api,

    /// <summary>Background work only (the API still answers, e.g. health checks).</summary>
    Worker,
}
