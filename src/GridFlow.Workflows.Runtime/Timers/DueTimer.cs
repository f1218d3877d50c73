namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>A due timer row a sweep has claimed (row-locked) in its transaction: its rung, and the rungs of its ladder after it.</summary>
public sealed record DueTimer(Guid Id, Guid TaskId, Guid InstanceId, Guid IssueId, TimerRung Rung, IReadOnlyList<TimerRung> Rest);
