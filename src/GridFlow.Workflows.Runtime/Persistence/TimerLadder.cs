namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The timers of one task still to fire, earliest first.</summary>
public sealed record TimerLadder(Guid TaskId, Guid InstanceId, Guid IssueId, IReadOnlyList<TimerRung> Rungs)
{
    /// <summary>
    /// A ladder the engine planned: its rungs ordered by due time (rungs due together keep their order: a reminder
    /// before the deadline), each as it will be stored (<see cref="AsStored"/>).
    /// </summary>
    public static TimerLadder Of(Guid taskId, Guid instanceId, Guid issueId, IEnumerable<TimerRung> planned) =>
        new(taskId, instanceId, issueId, planned.Select(AsStored).OrderBy(r => r.DueAt).ToList());

    /// <summary>
    /// The rung with its time in UTC and cut to microseconds, as PostgreSQL stores it, so a rung reads the same from
    /// <c>rest</c> as from the columns (and as the task's <c>due_at</c>).
    /// </summary>
    public static TimerRung AsStored(TimerRung rung)
    {
        var due = rung.DueAt.ToUniversalTime();
        return rung with { DueAt = due.AddTicks(-(due.Ticks % 10)) };
    }
}
