using GridFlow.Workflows.Runtime.Persistence;

namespace GridFlow.Scheduling.Timers;

/// <summary>A due timer row a sweep has claimed (row-locked) in its transaction, with the rungs of its ladder after it.</summary>
public sealed record DueTimer(
    Guid Id,
    Guid TaskId,
    Guid InstanceId,
    Guid IssueId,
    string Kind,
    DateTimeOffset DueAt,
    int? Level,
    string? Role,
    string? Scope,
    string? Card,
    string? Outcome,
    IReadOnlyList<TimerRung> Rest);
