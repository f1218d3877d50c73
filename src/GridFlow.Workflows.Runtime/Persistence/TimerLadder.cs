namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The timers of one task still to fire, earliest first.</summary>
public sealed record TimerLadder(Guid TaskId, Guid InstanceId, Guid IssueId, IReadOnlyList<TimerRung> Rungs)
{
    /// <summary>Orders the rungs by due time; rungs due together keep their order (a reminder before the deadline).</summary>
    public static TimerLadder Of(Guid taskId, Guid instanceId, Guid issueId, IEnumerable<TimerRung> rungs) =>
        new(taskId, instanceId, issueId, rungs.OrderBy(r => r.DueAt).ToList());
}
